import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { KannerElement } from '../src/core/kanner-element.js';
import type { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import type { KannerServiceFinder } from '../src/components/kanner-service-finder/kanner-service-finder.js';
import { captureWarnings, dataset, LOCALES, render, text, loadPage } from './helpers.js';
import type { Locale } from '../src/data/types.js';
import { formatMonthYear } from '../src/core/format.js';

// Datasets served by test/datasets.mjs (the web-test-runner plugin): broken ones (one kind
// of error each), `script-laden` (<img onerror> and <script> in every string), `old-dates`
// (every fact checked in March 2020). Every test uses its own URL (`?n=`): a page fetches
// (and warns about) each URL once.
let n = 0;
const unique = (path: string) => `${path}?n=${++n}-${Math.random().toString(36).slice(2)}`;

interface Broken {
  name: string;
  about: string;
  path: string;
  message: string;
}
let broken: Broken[] = [];
before(async () => {
  broken = (await (await fetch('/__datasets/index.json')).json()) as Broken[];
});

// The month as Intl writes it in the reader's language (Chromium has no Luxembourgish month names).
const march2020 = (l: Locale) => formatMonthYear('2020-03-15', l);
const STALE: Record<Locale, string> = {
  en: `last checked ${march2020('en')} — please check on the service's website`,
  fr: `dernière vérification en ${march2020('fr')} — vérifiez sur le site web du service`,
  de: `zuletzt geprüft im ${march2020('de')} — bitte auf der Website des Dienstes nachsehen`,
  lb: `lescht iwwerpréift am ${march2020('lb')} — kuckt w.e.g. op der Websäit vum Service no`,
  pt: `última verificação em ${march2020('pt')} — confirme no site do serviço`,
};

/** Every element under `root`, through every shadow root (a banner's quick exit included). */
function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Waits for `el` to finish loading its data-src (it renders only then). */
async function renderedWith<T extends KannerElement>(template: ReturnType<typeof html>): Promise<T> {
  return render<T>(template);
}

describe('data-src', function () {
  this.timeout(40000); // builds and fetches whole datasets, several times
  it('a dataset named by data-src is shown: its facts, with the freshness note in every language', async () => {
    for (const locale of LOCALES) {
      const el = await renderedWith<KannerHotlineBanner>(html`<kanner-hotline-banner lang=${locale} data-src=${unique('/__datasets/old-dates.json')}></kanner-hotline-banner>`);
      const notes = [...el.shadowRoot!.querySelectorAll('.stale')].map((s) => text(s));
      expect(notes.length, locale).to.equal(el.shadowRoot!.querySelectorAll('.contact').length);
      for (const note of notes) expect(note, locale).to.equal(STALE[locale]);
    }
  });

  it('the finder cards carry the note too, and the bundled data (checked this year) carries none', async () => {
    for (const locale of LOCALES) {
      const old = await renderedWith<KannerServiceFinder>(html`<kanner-service-finder lang=${locale} data-src=${unique('/__datasets/old-dates.json')}></kanner-service-finder>`);
      const cards = old.shadowRoot!.querySelectorAll('.card');
      expect(cards.length).to.be.greaterThan(0);
      // Every card that cites a source (a few services have no sourced contact, so no source line).
      const sourced = [...cards].filter((card) => card.querySelector('.source'));
      expect(sourced.length).to.be.greaterThan(0);
      for (const card of sourced) expect(text(card.querySelector('.source .stale')), locale).to.equal(STALE[locale]);
    }
    const fresh = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    expect(fresh.shadowRoot!.querySelectorAll('.card').length).to.be.greaterThan(0);
    expect(fresh.shadowRoot!.querySelector('.stale')).to.equal(null);
  });

  it('the freshness notes pass axe in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const banner = await renderedWith<KannerHotlineBanner>(html`<kanner-hotline-banner theme=${theme} data-src=${unique('/__datasets/old-dates.json')}></kanner-hotline-banner>`);
      expect(banner.shadowRoot!.querySelector('.stale')).to.exist;
      await expect(banner).to.be.accessible();
      const finder = await renderedWith<KannerServiceFinder>(html`<kanner-service-finder theme=${theme} max-results="2" data-src=${unique('/__datasets/old-dates.json')}></kanner-service-finder>`);
      expect(finder.shadowRoot!.querySelector('.stale')).to.exist;
      await expect(finder).to.be.accessible();
    }
  });

  it('stale-after-months on the widget moves the line (600 months: 2020 is not old); a bad value warns once', async () => {
    const lenient = await render<KannerHotlineBanner>(html`<kanner-hotline-banner data-src=${unique('/__datasets/old-dates.json')} stale-after-months="600"></kanner-hotline-banner>`);
    expect(lenient.shadowRoot!.querySelector('.contact')).to.exist;
    expect(lenient.shadowRoot!.querySelector('.stale')).to.equal(null);
    const warnings = captureWarnings();
    try {
      const bad = await render<KannerHotlineBanner>(html`<kanner-hotline-banner data-src=${unique('/__datasets/old-dates.json')} stale-after-months="soon"></kanner-hotline-banner>`);
      bad.requestUpdate();
      await bad.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('stale-after-months="soon"')).length).to.equal(1);
      expect(bad.shadowRoot!.querySelector('.stale'), 'falls back to 12 months').to.exist;
    } finally {
      warnings.restore();
    }
  });

  it('the quick exit (no data) never waits for a data-src: it renders and fetches nothing', async () => {
    const url = unique('/__datasets/old-dates.json');
    const exit = await render<KannerElement>(html`<kanner-quick-exit data-src=${url}></kanner-quick-exit>`);
    expect(exit.shadowRoot!.querySelector('button')).to.exist;
    await new Promise((r) => setTimeout(r, 200));
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url)).length).to.equal(0);
  });

  it('three widgets naming one URL fetch it once and share it', async () => {
    const url = unique('/__datasets/old-dates.json');
    const box = document.createElement('div');
    box.innerHTML = `<kanner-hotline-banner data-src="${url}"></kanner-hotline-banner><kanner-hotline-banner variant="card" data-src="${url}"></kanner-hotline-banner><kanner-service-finder data-src="${url}"></kanner-service-finder>`;
    document.body.append(box);
    try {
      const widgets = [...box.children] as KannerElement[];
      await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('.stale')), 'every widget shows the dataset', { timeout: 20000 });
      const fetched = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url));
      expect(fetched.length).to.equal(1);
    } finally {
      box.remove();
    }
  });

  describe('on any failure the bundled data stays, and one warning names the URL and the problem', () => {
    const cases = () => [
      { url: unique('/__datasets/missing.json'), says: 'the server answered 404', and: '' },
      { url: unique('/test/fixtures/datasets/malformed.json'), says: '$ is not valid JSON', and: '' },
      ...broken.map((b) => ({ url: unique(`/__datasets/${b.name}.json`), says: b.path, and: b.message })),
    ];

    it('every kind of broken dataset (404, JSON syntax, schema, duplicate id, reference, phone, locale, date)', async () => {
      expect(broken.length).to.be.greaterThanOrEqual(8);
      for (const { url, says, and } of cases()) {
        const warnings = captureWarnings();
        try {
          const banner = await render<KannerHotlineBanner>(html`<kanner-hotline-banner data-src=${url}></kanner-hotline-banner>`);
          // The bundled data: every default hotline, its number, no "old fact" note.
          const ids = [...banner.shadowRoot!.querySelectorAll<HTMLElement>('.contact')].map((c) => c.dataset.id);
          expect(ids, url).to.deep.equal(dataset.hotline_sets.default);
          expect(banner.shadowRoot!.querySelector('.stale'), url).to.equal(null);
          const mine = warnings.messages.filter((m) => m.includes(url));
          expect(mine.length, `${url}: ${warnings.messages.join(' | ')}`).to.equal(1);
          expect(mine[0]).to.contain(`data-src "${url}"`);
          expect(mine[0]).to.contain(`": ${says} `);
          expect(mine[0]).to.contain(and);
          expect(mine[0]).to.contain('showing the bundled data');
        } finally {
          warnings.restore();
        }
      }
    });

    it('the page config is read too, and a widget’s own data-src overrides it', async () => {
      const config = document.createElement('script');
      config.type = 'application/json';
      config.id = 'kanner-config';
      config.textContent = JSON.stringify({ 'data-src': unique('/__datasets/old-dates.json') });
      document.head.append(config);
      try {
        const paged = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
        expect(paged.shadowRoot!.querySelector('.stale')).to.exist;
        const own = await render<KannerHotlineBanner>(html`<kanner-hotline-banner data-src=${unique('/__datasets/shipped.json')}></kanner-hotline-banner>`);
        expect(own.shadowRoot!.querySelector('.stale')).to.equal(null);
        config.textContent = JSON.stringify({ 'data-src': unique('/__datasets/old-dates.json'), 'stale-after-months': 600 });
        const lenient = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
        expect(lenient.shadowRoot!.querySelector('.contact')).to.exist;
        expect(lenient.shadowRoot!.querySelector('.stale'), 'stale-after-months 600 from the page').to.equal(null);
      } finally {
        config.remove();
      }
    });
  });

  it('text from data stays text: <img onerror> and <script> in every string inject nothing and run nothing', async () => {
    const url = unique('/__datasets/script-laden.json');
    const w = window as Window & { __pwned?: number };
    delete w.__pwned;
    const box = document.createElement('div');
    box.innerHTML = ['kanner-hotline-banner quick-exit', 'kanner-service-finder', 'kanner-rights-explainer layout="spotlight"', 'kanner-parents-forum']
      .map((t) => `<${t} data-src="${url}"></${t.split(' ')[0]}>`)
      .join('');
    document.body.append(box);
    try {
      const widgets = [...box.children] as KannerElement[];
      await waitUntil(() => widgets.every((w) => text(w.shadowRoot).includes('<img src=x onerror=')), 'every widget shows the dataset (payload as text)', { timeout: 20000 });
      await new Promise((r) => setTimeout(r, 300)); // an injected <img src=x> would have failed to load by now
      const injected = widgets.flatMap((w) => deepElements(w.shadowRoot!)).filter((e) => ['IMG', 'SCRIPT'].includes(e.tagName));
      expect(injected.map((e) => e.outerHTML)).to.deep.equal([]);
      expect(w.__pwned).to.equal(undefined);
    } finally {
      box.remove();
    }
  });
});

describe('data-src in both script-tag files, under a strict CSP (default-src \'self\')', function () {
  this.timeout(40000);
  const TAGS = ['kanner-hotline-banner', 'kanner-service-finder', 'kanner-rights-explainer', 'kanner-parents-forum'];
  for (const build of ['module', 'classic']) {
    const rendered = (doc: Document) => TAGS.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('.base'));

    it(`${build}: the script-laden dataset is shown as text; nothing is injected or run; no violation`, async () => {
      const { frame, doc, win } = await loadPage(`/test/fixtures/csp-data-src-${build}.html?src=${encodeURIComponent(unique('/__datasets/script-laden.json'))}`);
      try {
        await waitUntil(() => rendered(doc) && TAGS.every((t) => text(doc.querySelector(t)!.shadowRoot).includes('<script>window.__pwned')), 'every widget shows the payload as text', { timeout: 20000 });
        await new Promise((r) => setTimeout(r, 300));
        // The page's own scripts have a src; anything else would come from the data.
        const injected = deepElements(doc.body).filter((e) => e.tagName === 'IMG' || (e.tagName === 'SCRIPT' && !e.hasAttribute('src')));
        expect(injected.map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
        expect(win.__pwned).to.equal(undefined);
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__warnings).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it(`${build}: a page without data-src never loads the checker (kanner-data-src.js); one with it loads it once`, async () => {
      const checker = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => /kanner-data-src\.js$/.test(e.name));
      const plain = await loadPage(`/test/fixtures/csp-data-src-${build}.html`);
      try {
        await waitUntil(() => rendered(plain.doc), 'every widget rendered', { timeout: 20000 });
        expect(checker(plain.win).length).to.equal(0);
        expect(plain.win.__warnings).to.deep.equal([]);
      } finally {
        plain.frame.remove();
      }
      const used = await loadPage(`/test/fixtures/csp-data-src-${build}.html?src=${encodeURIComponent(unique('/__datasets/old-dates.json'))}`);
      try {
        await waitUntil(() => rendered(used.doc) && used.doc.querySelector('kanner-hotline-banner')!.shadowRoot!.querySelector('.stale'), 'the dataset is shown', { timeout: 20000 });
        expect(checker(used.win).length).to.equal(1);
        expect(used.win.__violations).to.deep.equal([]);
      } finally {
        used.frame.remove();
      }
    });

    for (const kind of ['missing', 'malformed', 'schema-unknown-field']) {
      it(`${build}: a ${kind} dataset leaves every widget on the bundled data with one warning; no violation`, async () => {
        const url = unique(kind === 'malformed' ? '/test/fixtures/datasets/malformed.json' : `/__datasets/${kind}.json`);
        const { frame, doc, win } = await loadPage(`/test/fixtures/csp-data-src-${build}.html?src=${encodeURIComponent(url)}`);
        try {
          await waitUntil(() => rendered(doc), 'every widget rendered', { timeout: 20000 });
          const banner = doc.querySelector('kanner-hotline-banner')!.shadowRoot!;
          expect([...banner.querySelectorAll<HTMLElement>('.contact')].map((c) => c.dataset.id)).to.deep.equal(dataset.hotline_sets.default);
          const finder = doc.querySelector('kanner-service-finder')!.shadowRoot!;
          await waitUntil(() => finder.querySelectorAll('.card').length === 3, 'finder shows bundled results');
          const mine = (win.__warnings ?? []).filter((m) => m.includes(url));
          expect(mine.length, (win.__warnings ?? []).join(' | ')).to.equal(1);
          if (kind === 'schema-unknown-field') expect(mine[0]).to.match(/\$\.locations\[\d+\]\.adress is not allowed here/);
          expect(win.__violations).to.deep.equal([]);
          expect(win.__errors).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
