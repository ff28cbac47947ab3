// Attributes and properties given to a widget must shape its FIRST render, however the page
// sets them: as attributes in the HTML before the tag upgrades (a CMS), as properties before
// the upgrade (a framework that renders before the script loads), or after it. Each case
// uses a language whose texts this widget has not loaded yet, so the first update happens
// while the language is still loading — the path where a `need` preset used to be lost.
//
// No define module is imported statically: the "before upgrade" elements are created first.
import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, dataset, expectedTel, loadPage, settled } from './helpers.js';
import type { KannerElement } from '../src/core/kanner-element.js';
import type { Locale } from '../src/data/types.js';

type Props = Record<string, string>;
interface Case {
  tag: string;
  props: Props;
  /** What the first render must show when the presets applied. */
  check(el: KannerElement): void;
}

const root = (el: Element) => el.shadowRoot!;
const onlineAbuse = new Set(dataset.services.filter((s) => s.needs.includes('online-abuse')).map((s) => s.id));

const CASES: Case[] = [
  {
    tag: 'kanner-service-finder',
    props: { need: 'online-abuse', audience: 'parent', region: 'esch-sur-alzette' },
    check(el) {
      const ids = [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id!);
      expect(ids.length, 'some results').to.be.greaterThan(0);
      expect(ids.length, 'fewer than every service').to.be.lessThan(dataset.services.length);
      for (const id of ids) expect(onlineAbuse.has(id), `${id} serves online-abuse`).to.equal(true);
      expect(root(el).querySelector<HTMLSelectElement>('#need')!.value).to.equal('online-abuse');
      expect(root(el).querySelector<HTMLSelectElement>('#audience')!.value).to.equal('parent');
      expect(root(el).querySelector<HTMLSelectElement>('#region')!.value).to.equal('esch-sur-alzette');
    },
  },
  {
    tag: 'kanner-service-finder',
    props: { 'max-results': '2' },
    check(el) {
      expect(root(el).querySelectorAll('.card').length).to.equal(2);
    },
  },
  {
    tag: 'kanner-hotline-banner',
    props: { audience: 'parent', variant: 'card' },
    check(el) {
      expect(root(el).querySelector('.base')!.classList.contains('card')).to.equal(true);
      expect(root(el).querySelector<HTMLAnchorElement>('a.number')!.getAttribute('href')).to.equal(expectedTel('elterentelefon'));
    },
  },
  {
    tag: 'kanner-hotline-banner',
    props: { contacts: '113,112' },
    check(el) {
      const hrefs = [...root(el).querySelectorAll<HTMLAnchorElement>('a.number')].map((a) => a.getAttribute('href'));
      expect(hrefs.slice(0, 2)).to.deep.equal([expectedTel('113'), expectedTel('112')]);
    },
  },
  {
    tag: 'kanner-parents-forum',
    props: { variant: 'compact' },
    check(el) {
      expect(root(el).querySelector('.base')!.classList.contains('compact')).to.equal(true);
    },
  },
  {
    tag: 'kanner-parents-forum',
    props: { topics: '2', variant: 'card' },
    check(el) {
      expect(root(el).querySelectorAll('.topics li').length).to.equal(2);
    },
  },
  {
    tag: 'kanner-rights-explainer',
    props: { article: '12' },
    check(el) {
      const items = [...root(el).querySelectorAll<HTMLElement>('[data-id]')].filter((n) => n.matches('.item, .card'));
      expect(items.map((i) => i.dataset.id)).to.deep.equal(['art-12']);
    },
  },
  {
    tag: 'kanner-rights-explainer',
    props: { layout: 'cards', group: 'participation' },
    check(el) {
      const groups = [...root(el).querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.group);
      expect(groups).to.deep.equal(['participation']);
      expect(root(el).querySelector('.cards')).to.exist;
    },
  },
  {
    tag: 'kanner-quick-exit',
    props: { href: 'https://example.org/weather' },
    check(el) {
      expect((el as unknown as { destination: string }).destination).to.equal('https://example.org/weather');
    },
  },
];

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
type Mode = 'attribute before upgrade' | 'property before upgrade' | 'attribute after upgrade' | 'property after upgrade';
/** One language per mode, each loaded for the first time by that mode's elements. */
const MODES: [Mode, Locale][] = [
  ['attribute before upgrade', 'fr'],
  ['property before upgrade', 'de'],
  ['attribute after upgrade', 'lb'],
  ['property after upgrade', 'pt'],
];

function create(c: Case, mode: Mode, lang: Locale): HTMLElement {
  const el = document.createElement(c.tag);
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(c.props)) {
    if (mode.startsWith('attribute')) el.setAttribute(name, value);
    else (el as unknown as Record<string, string>)[camel(name)] = value;
  }
  return el;
}

const early = new Map<string, HTMLElement>();

describe('presets apply on the first render', () => {
  before(async () => {
    for (const [mode, lang] of MODES.slice(0, 2)) {
      CASES.forEach((c, i) => {
        const el = create(c, mode, lang);
        document.body.append(el);
        early.set(`${mode} ${i}`, el);
      });
    }
    await import('../src/define.js');
  });
  after(() => early.forEach((el) => el.remove()));

  for (const [mode, lang] of MODES) {
    CASES.forEach((c, i) => {
      it(`<${c.tag}> ${JSON.stringify(c.props)} — ${mode} (${lang})`, async () => {
        let el = early.get(`${mode} ${i}`) as KannerElement | undefined;
        if (!el) {
          el = create(c, mode, lang) as KannerElement;
          document.body.append(el);
          // The language is still loading: the first update is refused and must be remembered.
          expect(el.shadowRoot?.firstElementChild ?? null, 'not rendered before its language loads').to.equal(null);
        }
        try {
          await customElements.whenDefined(c.tag);
          await settled(el, lang);
          c.check(el);
        } finally {
          if (!mode.includes('before')) el.remove();
        }
      });
    });
  }
});

describe('invalid presets warn once and fall back', () => {
  it('<kanner-service-finder need="nope"> names the value once and shows every service', async () => {
    const warnings = captureWarnings();
    const el = document.createElement('kanner-service-finder') as KannerElement;
    try {
      el.setAttribute('need', 'nope-not-a-need');
      document.body.append(el);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length > 0);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('nope-not-a-need')).length).to.equal(1);
      expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#need')!.value).to.equal('');
    } finally {
      warnings.restore();
      el.remove();
    }
  });
});

describe('presets in the built script-tag files (attributes in the HTML before upgrade)', () => {
  for (const page of ['presets-module.html', 'presets-classic.html']) {
    it(`${page}: the finder, banner and explainer show their presets on first render`, async () => {
      const { frame, doc, win } = await loadPage(`/test/fixtures/${page}`);
      try {
        const finder = doc.querySelector('kanner-service-finder')!;
        const banner = doc.querySelector('kanner-hotline-banner')!;
        const explainer = doc.querySelector('kanner-rights-explainer')!;
        await waitUntil(
          () => [finder, banner, explainer].every((el) => el.shadowRoot?.querySelector('.base')),
          'every widget rendered',
          { timeout: 10000 },
        );
        const ids = [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id!);
        expect(ids.length).to.be.greaterThan(0);
        for (const id of ids) expect(onlineAbuse.has(id), `${id} serves online-abuse`).to.equal(true);
        expect(finder.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('fr');
        expect(banner.shadowRoot!.querySelector<HTMLAnchorElement>('a.number')!.getAttribute('href')).to.equal(expectedTel('elterentelefon'));
        const items = [...explainer.shadowRoot!.querySelectorAll<HTMLElement>('.item, .card')].map((n) => n.dataset.id);
        expect(items).to.deep.equal(['art-12']);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
