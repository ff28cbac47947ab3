import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerRightsExplainer } from '../src/components/kanner-rights-explainer/kanner-rights-explainer.js';
import { entriesOf, rightOfTheDay } from '../src/components/kanner-rights-explainer/rights-logic.js';
import { rightsPack } from '../src/data/rights.js';
import type { ReadingLevel } from '../src/data/types.js';
import { blockNavigation, captureWarnings, dataset, LOCALES, render, settled, text, THEMES } from './helpers.js';

const LEVELS: ReadingLevel[] = ['young', 'teen', 'adult'];
const rights = dataset.rights;
const items = (el: KannerRightsExplainer) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="article"]')];
const $ = <T extends Element>(el: KannerRightsExplainer, s: string) => el.shadowRoot!.querySelector<T>(s)!;

describe('<kanner-rights-explainer>', () => {
  let unblock: () => void;
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  describe('content', () => {
    it('covers all 54 articles: 1–42 one by one and 43–54 as one entry', () => {
      const numbers = rights.articles.flatMap((a) => a.numbers).sort((a, b) => a - b);
      expect(numbers).to.deep.equal(Array.from({ length: 54 }, (_, i) => i + 1));
      expect(rights.articles.length).to.equal(43);
      expect(rights.articles.find((a) => a.numbers.length > 1)!.numbers).to.deep.equal([43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
    });

    it('every entry has a title and an explanation at every level in every locale', () => {
      for (const a of rights.articles) {
        for (const level of LEVELS) {
          for (const l of LOCALES) {
            expect(a.title[level][l].trim(), `${a.id} ${level} ${l} title`).not.to.equal('');
            expect(a.text[level][l].trim().length, `${a.id} ${level} ${l} text`).to.be.greaterThan(20);
          }
        }
      }
    });

    it('the young level is shorter than the adult level for every entry (in English)', () => {
      for (const a of rights.articles) expect(a.text.young.en.length, a.id).to.be.lessThan(a.text.adult.en.length);
    });

    it('the four general principles are articles 2, 3, 6 and 12', () => {
      expect(rights.principles.map((p) => p.article)).to.deep.equal([2, 3, 6, 12]);
    });

    it('every right names at least one service that helps, with a working contact', () => {
      for (const a of rights.articles) {
        expect(a.services.length, a.id).to.be.greaterThan(0);
        const reachable = a.services.some(
          (id) => dataset.phones.some((p) => p.service_id === id) || dataset.channels.some((c) => c.service_id === id),
        );
        expect(reachable, a.id).to.equal(true);
      }
    });
  });

  describe('views', () => {
    it('group="all" shows every entry with its number, grouped under the three groups in the page language', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer lang="fr"></kanner-rights-explainer>`, 'fr');
      expect(items(el).length).to.equal(43);
      const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')];
      expect(groups.map((g) => g.dataset.group)).to.deep.equal(['provision', 'protection', 'participation']);
      for (const g of groups) {
        const name = rights.groups.find((x) => x.id === g.dataset.group)!.name.fr;
        expect(text(g.querySelector('h3'))).to.equal(name);
      }
      expect(text($(el, '[data-id="art-12"] .num'))).to.equal('Article 12');
      expect(text($(el, '[data-id="art-43-54"] .num'))).to.equal('Articles 43 à 54');
      expect(el.shadowRoot!.querySelectorAll('.principles li').length).to.equal(4);
    });

    for (const group of ['provision', 'protection', 'participation'] as const) {
      it(`group="${group}" shows only that group's entries`, async () => {
        const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer group=${group}></kanner-rights-explainer>`);
        const expected = rights.articles.filter((a) => a.group === group).map((a) => a.id);
        expect(items(el).map((i) => i.dataset.id).sort()).to.deep.equal([...expected].sort());
        expect(el.shadowRoot!.querySelectorAll('[part="group"]').length).to.equal(1);
      });
    }

    it('article="12" shows being heard, and only it', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer article="12" age="young"></kanner-rights-explainer>`);
      expect(items(el).map((i) => i.dataset.id)).to.deep.equal(['art-12']);
      const art12 = rights.articles.find((a) => a.id === 'art-12')!;
      expect(text($(el, '[data-id="art-12"] .title'))).to.equal(art12.title.young.en);
      expect(text($(el, '[data-id="art-12"] .text'))).to.equal(art12.text.young.en);
    });

    it('article="47" shows the entry for articles 43–54', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer article="47"></kanner-rights-explainer>`);
      expect(items(el).map((i) => i.dataset.id)).to.deep.equal(['art-43-54']);
    });

    for (const level of LEVELS) {
      it(`age="${level}" shows the ${level} texts`, async () => {
        const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer age=${level} layout="cards" group="participation"></kanner-rights-explainer>`);
        const art13 = rights.articles.find((a) => a.id === 'art-13')!;
        expect(text($(el, '[data-id="art-13"] .text'))).to.equal(art13.text[level].en);
      });
    }

    it('cards show every entry of the group with its explanation and who can help', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer layout="cards" group="protection"></kanner-rights-explainer>`);
      for (const item of items(el)) {
        expect(item.querySelector('.text'), item.dataset.id).to.exist;
        expect(item.querySelectorAll('.help a').length, item.dataset.id).to.be.greaterThan(0);
      }
    });

    it('"who can help" links each service by its number or channel from the dataset', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer article="19"></kanner-rights-explainer>`);
      const hrefs = [...el.shadowRoot!.querySelectorAll('[data-id="art-19"] .help a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:116111');
      expect(hrefs).to.include('tel:113');
    });
  });

  describe('spotlight', () => {
    const entries = entriesOf(rightsPack.core.articles, 'all');

    it('picks the same right all day in Luxembourg, and another the next day', () => {
      const morning = rightOfTheDay(entries, new Date('2026-11-21T00:30:00+01:00'))!;
      const evening = rightOfTheDay(entries, new Date('2026-11-21T23:30:00+01:00'))!;
      const next = rightOfTheDay(entries, new Date('2026-11-22T00:30:00+01:00'))!;
      expect(morning.id).to.equal(evening.id);
      expect(next.id).not.to.equal(morning.id);
      // 23:30 UTC on the 21st is already the 22nd in Luxembourg.
      expect(rightOfTheDay(entries, new Date('2026-11-21T23:30:00Z'))!.id).to.equal(next.id);
    });

    it('goes through every right before repeating', () => {
      const seen = new Set<string>();
      for (let d = 0; d < entries.length; d++) seen.add(rightOfTheDay(entries, new Date(Date.UTC(2026, 0, 1 + d, 12)))!.id);
      expect(seen.size).to.equal(entries.length);
    });

    it('layout="spotlight" shows exactly the right of that day', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer layout="spotlight" date="2026-11-21"></kanner-rights-explainer>`);
      expect(items(el).map((i) => i.dataset.id)).to.deep.equal([rightOfTheDay(entries, new Date('2026-11-21T12:00:00Z'))!.id]);
      const again = await render<KannerRightsExplainer>(html`<kanner-rights-explainer layout="spotlight" date="2026-11-21"></kanner-rights-explainer>`);
      expect(items(again)[0]!.dataset.id).to.equal(items(el)[0]!.dataset.id);
    });

    it('spotlight within a group picks from that group', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer layout="spotlight" group="participation" date="2026-03-02"></kanner-rights-explainer>`);
      const id = items(el)[0]!.dataset.id;
      expect(rights.articles.find((a) => a.id === id)!.group).to.equal('participation');
    });
  });

  describe('accordion (disclosure pattern)', () => {
    it('each right is a button with aria-expanded controlling its panel; Enter and Space toggle it', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer group="participation"></kanner-rights-explainer>`);
      const button = $<HTMLButtonElement>(el, '[data-id="art-12"] button');
      const panel = $<HTMLElement>(el, `#${button.getAttribute('aria-controls')}`);
      expect(button.closest('h4')).to.exist;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('Tab moves from one right to the next; an open panel\'s links come in between', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer group="participation"></kanner-rights-explainer>`);
      const first = $<HTMLButtonElement>(el, '.accordion button');
      first.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('.accordion button')[1]);
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.closest('.panel')).to.exist;
    });
  });

  describe('if your rights are not respected', () => {
    it('ends with OKaJu: who may complain, how, its confirmed channels and address — and the helpline; no OKaJu phone', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer age="adult"></kanner-rights-explainer>`);
      const section = $<HTMLElement>(el, '[part="complaint"]');
      expect(el.shadowRoot!.querySelector('.base')!.lastElementChild!.previousElementSibling).to.equal(section);
      expect(text(section)).to.contain(rights.complaint.who.adult.en);
      expect(text(section)).to.contain(rights.complaint.how.adult.en);
      const hrefs = [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      const okajuChannels = dataset.channels.filter((c) => c.service_id === 'okaju-complaints').map((c) => c.url);
      for (const url of okajuChannels) expect(hrefs).to.include(url);
      expect(hrefs).to.include('tel:116111');
      expect(hrefs.filter((h) => h?.startsWith('tel:'))).to.deep.equal(['tel:116111']);
      expect(text(section)).to.contain('65, route d\'Arlon');
    });

    it('fires kanner-contact from a help link', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer article="12"></kanner-rights-explainer>`);
      setTimeout(() => $<HTMLAnchorElement>(el, '[part="complaint"] a.phone').click());
      const event = await oneEvent(el, 'kanner-contact');
      expect(event.detail).to.deep.equal({ widget: 'kanner-rights-explainer', contact: 'kjt-116111', channel: 'phone', href: 'tel:116111' });
    });
  });

  describe('bad attributes: one warning naming the value, a fallback, never an exception', () => {
    for (const [attribute, value, count] of [
      ['age', 'toddler', 43],
      ['group', 'fun', 43],
      ['article', '99', 43],
      ['article', 'twelve', 43],
      ['layout', 'carousel', 43],
      ['date', 'tomorrow', 1],
    ] as const) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const layout = attribute === 'date' ? ' layout="spotlight"' : '';
          const el = await fixture<KannerRightsExplainer>(`<kanner-rights-explainer ${attribute}="${value}"${layout}></kanner-rights-explainer>`);
          await settled(el);
          expect(items(el).length).to.equal(count);
          expect(warnings.messages.filter((m) => m.includes(value)).length, warnings.messages.join('\n')).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('languages and accessibility', () => {
    for (const locale of LOCALES) {
      it(`${locale}: texts from the dataset in ${locale}`, async () => {
        const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer lang=${locale} age="young" layout="cards" group="participation"></kanner-rights-explainer>`, locale);
        const art12 = rights.articles.find((a) => a.id === 'art-12')!;
        expect(text($(el, '[data-id="art-12"] .title'))).to.equal(art12.title.young[locale]);
        if (locale !== 'en') expect(text($(el, '.help-title'))).not.to.equal('Who can help');
      });

      for (const theme of THEMES) {
        it(`${locale} · ${theme}: no axe violations (accordion open, cards, spotlight)`, async () => {
          const acc = await render<KannerRightsExplainer>(html`<kanner-rights-explainer lang=${locale} theme=${theme} group="protection"></kanner-rights-explainer>`, locale);
          $<HTMLButtonElement>(acc, '.accordion button').click();
          await acc.updateComplete;
          await expect(acc).to.be.accessible();
          const cards = await render<KannerRightsExplainer>(html`<kanner-rights-explainer lang=${locale} theme=${theme} layout="cards" group="participation" age="young"></kanner-rights-explainer>`, locale);
          await expect(cards).to.be.accessible();
          const spot = await render<KannerRightsExplainer>(html`<kanner-rights-explainer lang=${locale} theme=${theme} layout="spotlight" age="adult"></kanner-rights-explainer>`, locale);
          await expect(spot).to.be.accessible();
        });
      }
    }

    it('fits 320 px without horizontal scrolling', async () => {
      for (const layout of ['accordion', 'cards', 'spotlight']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><kanner-rights-explainer lang="pt" layout=${layout}></kanner-rights-explainer></div>`);
        const el = wrapper.querySelector('kanner-rights-explainer')!;
        await settled(el, 'pt');
        expect($<HTMLElement>(el, '.base').scrollWidth, layout).to.be.at.most(320);
      }
    });

    it('icons are decorative, hidden from assistive technology', async () => {
      const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer></kanner-rights-explainer>`);
      const icons = [...el.shadowRoot!.querySelectorAll('svg')];
      expect(icons.length).to.be.greaterThan(3);
      for (const svg of icons) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });
  });
});
