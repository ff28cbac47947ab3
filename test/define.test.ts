import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElement } from '../src/core/define.js';
import { KannerQuickExit } from '../src/components/kanner-quick-exit/kanner-quick-exit.js';
import { captureWarnings, loadPage } from './helpers.js';

describe('registration', () => {
  it('loading the define modules twice never throws', async () => {
    await import('../src/define.js');
    // A second evaluation of a define module (as a second copy of the file would do).
    await import('../src/components/kanner-hotline-banner/define.js?again' as string);
    expect(() => defineElement('kanner-quick-exit', KannerQuickExit)).not.to.throw();
    expect(customElements.get('kanner-hotline-banner')).to.exist;
  });

  it('a different version already registered wins, with one warning', () => {
    const warnings = captureWarnings();
    try {
      class Other extends KannerQuickExit {
        static override version = '9.9.9';
      }
      expect(() => defineElement('kanner-quick-exit', Other)).not.to.throw();
      expect(customElements.get('kanner-quick-exit')).not.to.equal(Other);
      expect(warnings.messages.filter((m) => m.includes('9.9.9')).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('script-tag files (dist/cdn, built by `npm run build`)', () => {
  for (const page of ['embed-module.html', 'embed-classic.html', 'embed-both.html']) {
    it(`${page}: a French page shows the banner and the exit in French with no console error`, async () => {
      const { frame, doc, win } = await loadPage(`/test/fixtures/${page}`);
      try {
        await waitUntil(
          () => doc.querySelector('kanner-hotline-banner')?.shadowRoot?.querySelector('.contact') && doc.querySelector('kanner-quick-exit')?.shadowRoot?.querySelector('button'),
          'widgets rendered',
          { timeout: 8000 },
        );
        const banner = doc.querySelector('kanner-hotline-banner')!;
        await waitUntil(() => banner.shadowRoot!.querySelector('.base')?.getAttribute('lang') === 'fr', 'banner in French', { timeout: 8000 });
        const exit = doc.querySelector('kanner-quick-exit')!;
        await waitUntil(() => !exit.shadowRoot!.textContent!.includes('Leave this site'), 'exit in French', { timeout: 8000 });
        expect(win.__errors ?? []).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('strict Content-Security-Policy (default-src \'self\')', () => {
  for (const page of ['csp-module.html', 'csp-classic.html']) {
    it(`${page}: every widget renders, with no policy violation and no error`, async () => {
      const { frame, doc, win } = await loadPage(`/test/fixtures/${page}`);
      try {
        const tags = ['kanner-hotline-banner', 'kanner-service-finder', 'kanner-rights-explainer', 'kanner-parents-forum'];
        await waitUntil(
          () => tags.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'de'),
          'every widget rendered in German',
          { timeout: 10000 },
        );
        // Styles applied (constructable stylesheets, not <style> or style="" strings).
        const banner = doc.querySelector('kanner-hotline-banner')!.shadowRoot!.querySelector('.digits')!;
        expect(win.getComputedStyle(banner).fontWeight).to.equal('800');
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('fallback markup', () => {
  it('the README fallback link is replaced by the button when the element upgrades', async () => {
    const el = await fixture(html`<kanner-quick-exit href="https://example.org/"><a href="https://example.org/">Leave this site</a></kanner-quick-exit>`);
    await waitUntil(() => el.shadowRoot?.querySelector('button'));
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });
});

describe('the finder\'s query languages (built kanner.js)', () => {
  /** The finder's per-language query chunks (stemmer, stop words, lexicon) the page fetched. */
  const queryLanguages = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => e.name.match(/\/chunks\/(en|fr|de|lb|pt)-[\w-]+\.js$/)?.[1])
      .filter((l): l is string => !!l)
      .sort();

  it('a German page loads only the German one until the reader goes to the search box, then all five', async () => {
    const { frame, doc, win } = await loadPage('/test/fixtures/finder-de.html');
    try {
      const finder = doc.querySelector('kanner-service-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'de', 'finder in German', { timeout: 10000 });
      expect(queryLanguages(win)).to.deep.equal(['de']);
      finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!.focus();
      await waitUntil(() => queryLanguages(win).length === 5, 'every query language loaded', { timeout: 10000 });
      expect(queryLanguages(win)).to.deep.equal(['de', 'en', 'fr', 'lb', 'pt']);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

