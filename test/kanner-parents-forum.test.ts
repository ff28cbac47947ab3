import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { KannerParentsForum } from '../src/components/kanner-parents-forum/kanner-parents-forum.js';
import { topicsOfTheDay } from '../src/components/kanner-parents-forum/forum-logic.js';
import { blockNavigation, captureWarnings, dataset, LOCALES, render, settled, text, THEMES } from './helpers.js';

const forum = dataset.parents_forum;
const menje = dataset.organizations.find((o) => o.id === 'menje')!;
const $ = <T extends Element>(el: KannerParentsForum, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const topicIds = (el: KannerParentsForum) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.topics li')].map((l) => l.dataset.id);

describe('<kanner-parents-forum>', () => {
  let unblock: () => void;
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  describe('what it says', () => {
    for (const locale of LOCALES) {
      it(`${locale}: names the Ministry as operator, never ONE, and presents meeting places and the website`, async () => {
        const el = await render<KannerParentsForum>(html`<kanner-parents-forum lang=${locale}></kanner-parents-forum>`, locale);
        const all = text(el.shadowRoot);
        expect(text($(el, '.attribution'))).to.contain(menje.name[locale]);
        // Everything about the forum — all but the secondary links, where ONE's helpline
        // is offered as "support near you" — says nothing of ONE.
        const aboutTheForum = [...el.shadowRoot!.querySelector('.base')!.children].filter((c) => !c.matches('.secondary-block')).map((c) => text(c)).join(' ');
        expect(aboutTheForum).not.to.match(/\bONE\b|Office national de l'enfance|National Office for Children/);
        expect(text($(el, '.secondary'))).to.match(/ONE/);
        expect(text($(el, '.pitch'))).to.equal(forum.pitch[locale].replace(/\s+/g, ' '));
        expect(all).not.to.match(/discussion board|online forum|forum en ligne|Online-Forum/i);
      });
    }

    it('links to eltereforum.lu with rel="noopener" and a name that says where it goes', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      const cta = $<HTMLAnchorElement>(el, 'a.cta');
      expect(cta.getAttribute('href')).to.equal('https://eltereforum.lu');
      expect(cta.getAttribute('rel')).to.contain('noopener');
      expect(text(cta)).to.contain('eltereforum.lu');
      for (const a of el.shadowRoot!.querySelectorAll('a[href^="http"]')) expect(a.getAttribute('rel'), a.outerHTML).to.contain('noopener');
    });

    it('target="_blank" opens external links in a new tab and says so to screen readers', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum target="_blank"></kanner-parents-forum>`);
      const cta = $<HTMLAnchorElement>(el, 'a.cta');
      expect(cta.getAttribute('target')).to.equal('_blank');
      expect(text(cta)).to.contain('opens in a new tab');
      const self = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      expect($(self, 'a.cta').getAttribute('target')).to.equal('_self');
    });

    it('shows the sourced meeting place with its checked date', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      const places = text($(el, '.places'));
      expect(places).to.contain('30, route de Luxembourg, Lorentzweiler');
      expect(places).to.match(/checked November 2026/);
    });

    it('the parents\' line with its number and only its sourced hours', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      const phone = dataset.phones.find((p) => p.id === 'phone-elterentelefon')!;
      const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.secondary a.phone')].find((a) => a.getAttribute('href') === `tel:${phone.number}`);
      expect(link).to.exist;
      const schedule = dataset.schedules.find((s) => s.id === phone.schedule_id)!;
      expect(text(link!.closest('li'))).to.contain(schedule.note!.en);
      expect(text(link!.closest('li'))).not.to.match(/24\/7|open now/i);
    });

    it('"support near you" is ONE\'s helpline when no finder is on the page', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      const hrefs = [...el.shadowRoot!.querySelectorAll('.secondary a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:+35280029393');
    });

    it('…and the service finder on the page, filtered for parents, when there is one', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><kanner-parents-forum></kanner-parents-forum><kanner-service-finder></kanner-service-finder></div>`);
      const el = wrapper.querySelector('kanner-parents-forum')!;
      const finder = wrapper.querySelector('kanner-service-finder')!;
      await settled(el);
      await settled(finder);
      el.requestUpdate();
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '.secondary button.link');
      expect(button).to.exist;
      button.click();
      await finder.updateComplete;
      expect(finder.getAttribute('audience')).to.equal('parent');
      expect(finder.shadowRoot!.querySelector<HTMLSelectElement>('select[name="audience"]')!.value).to.equal('parent');
      await waitUntil(() => finder.shadowRoot!.activeElement?.getAttribute('name') === 'query', 'search focused');
    });

    it('fires kanner-contact from the call to action', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum></kanner-parents-forum>`);
      setTimeout(() => $<HTMLAnchorElement>(el, 'a.cta').click());
      const event = await oneEvent(el, 'kanner-contact');
      expect(event.detail).to.deep.equal({ widget: 'kanner-parents-forum', contact: 'menje-eltereforum', channel: 'website', href: 'https://eltereforum.lu' });
    });
  });

  describe('themes', () => {
    it('topics="N" shows N example themes from the dataset; 0 shows none', async () => {
      for (const n of [1, 3, 5]) {
        const el = await render<KannerParentsForum>(html`<kanner-parents-forum topics=${n} date="2026-11-21"></kanner-parents-forum>`);
        const ids = topicIds(el);
        expect(ids.length).to.equal(n);
        for (const id of ids) expect(forum.topics.some((t) => t.id === id)).to.equal(true);
      }
      const none = await render<KannerParentsForum>(html`<kanner-parents-forum topics="0"></kanner-parents-forum>`);
      expect(topicIds(none)).to.deep.equal([]);
    });

    it('rotate deterministically per day in Luxembourg, through every theme', () => {
      const day = (iso: string) => topicsOfTheDay(forum.topics, 3, new Date(iso)).map((t) => t.id);
      expect(day('2026-11-21T00:30:00+01:00')).to.deep.equal(day('2026-11-21T23:30:00+01:00'));
      expect(day('2026-11-22T00:30:00+01:00')).not.to.deep.equal(day('2026-11-21T12:00:00+01:00'));
      const firsts = new Set(Array.from({ length: forum.topics.length }, (_, d) => topicsOfTheDay(forum.topics, 1, new Date(Date.UTC(2026, 0, 1 + d, 12)))[0]!.id));
      expect(firsts.size).to.equal(forum.topics.length);
    });

    it('themes are in the page language', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum lang="lb" topics="9"></kanner-parents-forum>`, 'lb');
      const names = [...el.shadowRoot!.querySelectorAll('.topics li')].map((l) => text(l));
      expect(names.sort()).to.deep.equal(forum.topics.map((t) => t.name.lb).sort());
    });
  });

  describe('variants', () => {
    it('card has a heading, themes, places, the call to action and secondary links', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum variant="card"></kanner-parents-forum>`);
      for (const s of ['h2', '.topics', '.places', 'a.cta', '.secondary', '.attribution']) expect(el.shadowRoot!.querySelector(s), s).to.exist;
    });

    it('inline is a paragraph with the pitch, the call to action and the secondary links', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum variant="inline"></kanner-parents-forum>`);
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
      expect(text(el.shadowRoot)).to.contain(forum.pitch.en);
      expect($(el, 'a.cta')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('.secondary li').length).to.equal(2);
    });

    it('compact is one line: name, call to action, operator', async () => {
      const el = await render<KannerParentsForum>(html`<kanner-parents-forum variant="compact"></kanner-parents-forum>`);
      const base = $<HTMLElement>(el, '.base');
      expect(base.tagName).to.equal('P');
      expect($(el, 'a.cta')).to.exist;
      expect(text(base)).to.contain(menje.name.en);
    });
  });

  describe('bad attributes: one warning naming the value, a fallback, never an exception', () => {
    for (const [attribute, value, check] of [
      ['variant', 'banner', (el: KannerParentsForum) => expect(el.shadowRoot!.querySelector('h2')).to.exist],
      ['topics', 'many', (el: KannerParentsForum) => expect(topicIds(el).length).to.equal(3)],
      ['topics', '-2', (el: KannerParentsForum) => expect(topicIds(el).length).to.equal(3)],
      ['target', 'new', (el: KannerParentsForum) => expect($(el, 'a.cta').getAttribute('target')).to.equal('_self')],
      ['date', 'soon', (el: KannerParentsForum) => expect(topicIds(el).length).to.equal(3)],
      ['theme', 'pink', (el: KannerParentsForum) => expect($(el, 'a.cta')).to.exist],
    ] as const) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<KannerParentsForum>(`<kanner-parents-forum ${attribute}="${value}"></kanner-parents-forum>`);
          await settled(el);
          check(el);
          expect(warnings.messages.filter((m) => m.includes(value)).length, warnings.messages.join('\n')).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`${locale} · ${theme}: no axe violations in any variant`, async () => {
          for (const variant of ['card', 'inline', 'compact']) {
            const el = await render<KannerParentsForum>(html`<kanner-parents-forum lang=${locale} theme=${theme} variant=${variant}></kanner-parents-forum>`, locale);
            await expect(el).to.be.accessible();
          }
        });
      }
    }

    it('links and buttons are at least 44 px tall; fits 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><kanner-parents-forum lang="pt"></kanner-parents-forum></div>`);
      const el = wrapper.querySelector('kanner-parents-forum')!;
      await settled(el, 'pt');
      for (const a of el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')) expect(a.getBoundingClientRect().height, text(a)).to.be.at.least(44);
      expect($<HTMLElement>(el, '.base').scrollWidth).to.be.at.most(320);
    });
  });
});
