import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { fallbackMarkup } from '../demo/fallback.js';
import type { KannerElement } from '../src/core/kanner-element.js';
import { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import { expectedTel, settled } from './helpers.js';

const TAGS = ['kanner-hotline-banner', 'kanner-quick-exit', 'kanner-service-finder', 'kanner-rights-explainer', 'kanner-parents-forum'];
const shown = (e: Element | null | undefined) => {
  const r = e?.getBoundingClientRect();
  return !!r && r.width > 0 && r.height > 0;
};

/** Loads `html` into an iframe; `scripts: false` sandboxes it so no script can run in it. */
async function frame(html: string, scripts: boolean) {
  const f = document.createElement('iframe');
  f.style.width = '800px';
  f.style.height = '900px';
  if (!scripts) f.setAttribute('sandbox', 'allow-same-origin');
  f.srcdoc = html;
  document.body.append(f);
  await new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  return { f, doc: f.contentDocument! };
}

describe('fallback content (SPEC §2)', () => {
  it('with scripts disabled, every widget shows its fallback links (the embed builder’s markup)', async () => {
    const body = TAGS.map((t) => `<${t}>${fallbackMarkup(t, {}, 'fr')}</${t}>`).join('\n');
    const { f, doc } = await frame(`<!doctype html><html lang="fr"><body>${body}<script type="module" src="/dist/cdn/kanner.js"></script></body></html>`, false);
    try {
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        expect(customElements.get(tag), 'defined in the test page').to.exist;
        expect(f.contentWindow!.customElements.get(tag), `${tag} never upgrades without scripts`).to.equal(undefined);
        const links = [...el.querySelectorAll('a')];
        expect(links.length, tag).to.be.greaterThan(0);
        expect(links.every(shown), `${tag}: fallback links visible`).to.equal(true);
      }
      const banner = [...doc.querySelectorAll('kanner-hotline-banner a')].map((a) => a.getAttribute('href'));
      expect(banner).to.deep.equal(['112', '113', '116111', '116000', 'peitrusshaus'].map(expectedTel));
      expect(doc.querySelector('kanner-hotline-banner')!.textContent).to.include('Urgences');
    } finally {
      f.remove();
    }
  });

  it('until the widget has its language, the fallback stays visible; then the widget replaces it', async () => {
    const el = document.createElement('kanner-hotline-banner') as KannerElement;
    el.lang = 'pt';
    el.innerHTML = fallbackMarkup('kanner-hotline-banner', {}, 'pt');
    document.body.append(el);
    try {
      // Upgraded at once (the tag is defined), but the Portuguese text is still loading.
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(el.shadowRoot!.querySelector('.contact')).to.equal(null);
      expect(shown(el.querySelector('a'))).to.equal(true);
      await settled(el, 'pt');
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(shown(el.querySelector('a')), 'fallback no longer rendered').to.equal(false);
      expect(shown(el.shadowRoot!.querySelector('a[href^="tel:"]'))).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('the box the page reserved before the upgrade is held until the first render, then released', async () => {
    const style = document.createElement('style');
    style.textContent = 'kanner-reserve-probe:not(:defined) { display: block; min-height: 300px; }';
    document.head.append(style);
    const el = document.createElement('kanner-reserve-probe') as KannerElement;
    el.setAttribute('lang', 'de');
    el.setAttribute('variant', 'compact');
    el.innerHTML = fallbackMarkup('kanner-hotline-banner', { variant: 'compact' }, 'de');
    document.body.append(el);
    try {
      expect(el.getBoundingClientRect().height).to.equal(300);
      customElements.define('kanner-reserve-probe', class extends KannerHotlineBanner {});
      // Upgraded: the :not(:defined) rule no longer applies, the held box does.
      expect(el.matches(':defined')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(300);
      await settled(el, 'de');
      expect(el.getAttribute('style'), 'nothing left on the host element').to.equal(null);
      expect(el.getBoundingClientRect().height).to.be.lessThan(300);
    } finally {
      el.remove();
      style.remove();
    }
  });

  it('a widget without fallback content renders no slot', async () => {
    const el = document.createElement('kanner-quick-exit') as KannerElement;
    document.body.append(el);
    try {
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      await settled(el);
      expect(el.shadowRoot!.querySelector('button')).to.exist;
    } finally {
      el.remove();
    }
  });
});

describe('kanner.js discover(root)', () => {
  it('finds tags in a host application’s shadow root when asked, also ones added there later; tags added to the page later render too', async () => {
    const f = document.createElement('iframe');
    f.style.width = '800px';
    f.style.height = '900px';
    f.src = '/test/fixtures/discover.html';
    document.body.append(f);
    await new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
    const doc = f.contentDocument!;
    try {
      const withRoot = doc.getElementById('with')!.shadowRoot!;
      const forum = () => withRoot.querySelector('kanner-parents-forum')?.shadowRoot?.querySelector('.base');
      await waitUntil(() => forum(), 'forum rendered inside the host app’s shadow root', { timeout: 8000 });
      // Its language comes from the host app's own markup (lang="fr" inside the shadow root).
      expect(forum()!.getAttribute('lang')).to.equal('fr');
      await waitUntil(() => withRoot.querySelector('kanner-quick-exit')?.shadowRoot?.querySelector('button'), 'quick exit added later rendered', { timeout: 8000 });
      const late = doc.createElement('kanner-hotline-banner');
      doc.body.append(late);
      await waitUntil(() => late.shadowRoot?.querySelector('.contact'), 'banner added to the page later rendered', { timeout: 8000 });
      // Without discover(), a tag inside another shadow root is not found (and nothing breaks)…
      expect(f.contentWindow!.customElements.get('kanner-rights-explainer')).to.equal(undefined);
      // …but the console says so, once, naming the tag and what to do.
      const w = f.contentWindow as Window & { __warnings?: string[] };
      await waitUntil(() => w.__warnings?.some((m) => m.includes('<kanner-rights-explainer>') && m.includes('discover(')), 'a warning names the hidden tag', { timeout: 8000 });
      expect(w.__warnings!.filter((m) => m.includes('discover(')).length).to.equal(1);
      expect((f.contentWindow as Window & { __errors?: string[] }).__errors).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });
});
