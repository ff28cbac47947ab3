import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerServiceFinder } from '../src/components/kanner-service-finder/kanner-service-finder.js';
import { blockNavigation, captureWarnings, dataset, LOCALES, render, settled, text, THEMES, $, cards, type, choose } from './helpers.js';


describe('<kanner-service-finder>', () => {
  let unblock: () => void;
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  it('always shows the safety line with 112 and 113', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    const hrefs = [...el.shadowRoot!.querySelectorAll('.safety a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:112', 'tel:113']);
    await type(el, 'xqzvvkplm');
    expect(el.shadowRoot!.querySelectorAll('.safety a').length).to.equal(2);
  });

  it('lists every service, each with its numbers from the dataset, source and checked date', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    expect(cards(el).length).to.equal(dataset.services.length);
    for (const p of dataset.phones) {
      const card = el.shadowRoot!.querySelector(`.card[data-id="${p.service_id}"]`)!;
      expect([...card.querySelectorAll('a.phone')].map((a) => a.getAttribute('href')), p.id).to.include(`tel:${p.number}`);
    }
    const one = $<HTMLElement>(el, '.card[data-id="one-aide-enfance"]');
    expect(text(one.querySelector('.source'))).to.match(/checked November 2026/);
    const sites = [...one.querySelectorAll('.source a')].map((a) => text(a));
    expect(sites.length).to.be.greaterThan(1);
    expect(new Set(sites).size, sites.join()).to.equal(sites.length);
    const map = one.querySelector<HTMLAnchorElement>('.place a')!;
    expect(map.href).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('typing filters the list, and the count is announced politely', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    await type(el, 'Ombudsman');
    expect(cards(el)[0]).to.equal('okaju-complaints');
    const live = $<HTMLElement>(el, '[role="status"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => /found/.test(text(live)), 'count announced', { timeout: 2000 });
    expect(text(live)).to.equal(text($(el, '.count')));
  });

  it('a nonsense word shows the helpful empty state with helplines', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    await type(el, 'xqzvvkplm');
    expect(cards(el)).to.deep.equal([]);
    const empty = $<HTMLElement>(el, '.empty');
    const hrefs = [...empty.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:116111');
    expect(hrefs).to.include('tel:116000');
    await waitUntil(() => /No service/.test(text($(el, '[role="status"]'))), 'empty announced', { timeout: 2000 });
  });

  it('every filter is a real, labelled form control that narrows the list', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    const all = cards(el).length;
    for (const control of el.shadowRoot!.querySelectorAll('input, select')) {
      const id = control.id;
      const labelled = id ? !!el.shadowRoot!.querySelector(`label[for="${id}"]`) : !!control.closest('label');
      expect(labelled, control.outerHTML).to.equal(true);
    }
    await choose(el, 'need', 'missing-child');
    expect(cards(el)[0]).to.equal('one-116000');
    expect(cards(el).length).to.be.lessThan(all);
    await choose(el, 'need', '');
    await choose(el, 'audience', 'child');
    expect(cards(el).length).to.be.lessThan(all);
    await choose(el, 'audience', '');
    const age = $<HTMLInputElement>(el, 'input[name="age"]');
    age.value = '30';
    age.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(cards(el)).not.to.include('one-aide-enfance');
    age.value = '';
    age.dispatchEvent(new Event('input', { bubbles: true }));
    await choose(el, 'language', 'fr');
    expect(cards(el).length).to.be.lessThan(all);
    await choose(el, 'language', '');
    const chat = $<HTMLInputElement>(el, 'input[name="reach"][value="chat"]');
    chat.click();
    await el.updateComplete;
    expect(cards(el).length).to.be.lessThan(all);
    $<HTMLButtonElement>(el, 'button.reset').click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(all);
    expect(chat.checked).to.equal(false);
  });

  it('open-now badges and the open-now filter follow the widget\'s clock (Luxembourg time)', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder need="neglect"></kanner-service-finder>`);
    const clock = (el as unknown as { clock: { now: Date } }).clock;
    const badge = () => text(el.shadowRoot!.querySelector('.card[data-id="one-aide-enfance"] .hours .badge'));
    clock.now = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Luxembourg
    el.requestUpdate();
    await el.updateComplete;
    expect(badge()).to.match(/^Open now/);
    clock.now = new Date('2026-11-21T11:00:00Z'); // Saturday
    el.requestUpdate();
    await el.updateComplete;
    expect(badge()).to.equal('Closed now');
    $<HTMLInputElement>(el, 'input[name="open-now"]').click();
    await el.updateComplete;
    expect(cards(el)).not.to.include('one-aide-enfance');
  });

  it('typing does not move the search box or the filters (no layout jump)', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    const box = () => $<HTMLElement>(el, 'input[type="search"]').getBoundingClientRect().top;
    const need = () => $<HTMLElement>(el, 'select[name="need"]').getBoundingClientRect().top;
    const before = [box(), need()];
    for (const words of ['om', 'ombudsman', 'xqzvvkplm', '']) {
      await type(el, words);
      expect([box(), need()], words).to.deep.equal(before);
    }
  });

  it('"immediate danger" pins 112 and 113 first', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder need="immediate-danger"></kanner-service-finder>`);
    expect(cards(el).slice(0, 2).sort()).to.deep.equal(['cgdis-112', 'police-113']);
    expect($<HTMLSelectElement>(el, 'select[name="need"]').value).to.equal('immediate-danger');
  });

  it('attributes preselect need, audience and region; max-results limits', async () => {
    const el = await render<KannerServiceFinder>(
      html`<kanner-service-finder need="parenting-support" audience="parent" region="wiltz" max-results="3"></kanner-service-finder>`,
    );
    expect($<HTMLSelectElement>(el, 'select[name="audience"]').value).to.equal('parent');
    expect($<HTMLSelectElement>(el, 'select[name="region"]').value).to.equal('wiltz');
    expect(cards(el).length).to.equal(3);
  });

  it('fires kanner-contact when a number is activated', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder need="missing-child"></kanner-service-finder>`);
    setTimeout(() => $<HTMLAnchorElement>(el, '.card[data-id="one-116000"] a.phone').click());
    const event = await oneEvent(el, 'kanner-contact');
    expect(event.detail).to.deep.equal({ widget: 'kanner-service-finder', contact: 'one-116000', channel: 'phone', href: 'tel:116000' });
  });

  it('is usable by keyboard only: type, then Tab to the need filter and choose with arrows', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'fugue' });
    await el.updateComplete;
    expect(cards(el)).to.include('one-116000');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('need');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('audience');
  });

  const shown = (el: KannerServiceFinder, selector: string) => getComputedStyle($(el, selector)).display !== 'none';

  it('compact layout keeps the other filters behind a "More filters" disclosure', async () => {
    const el = await render<KannerServiceFinder>(html`<kanner-service-finder layout="compact"></kanner-service-finder>`);
    const more = $<HTMLButtonElement>(el, 'button.more');
    expect(shown(el, 'button.more')).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el, '#more-filters')).to.equal(false);
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, '#more-filters')).to.equal(true);
  });

  it('full layout shows every filter when wide, and folds the less-used ones when narrow', async () => {
    const wide = await fixture<HTMLDivElement>(html`<div style="width:900px"><kanner-service-finder></kanner-service-finder></div>`);
    const w = wide.querySelector('kanner-service-finder')!;
    await settled(w);
    expect(shown(w, '#more-filters')).to.equal(true);
    expect(shown(w, 'button.more')).to.equal(false);
    const narrow = await fixture<HTMLDivElement>(html`<div style="width:360px"><kanner-service-finder></kanner-service-finder></div>`);
    const n = narrow.querySelector('kanner-service-finder')!;
    await settled(n);
    expect(shown(n, '#more-filters')).to.equal(false);
    expect(shown(n, 'select[name="need"]')).to.equal(true);
    $<HTMLButtonElement>(n, 'button.more').click();
    await n.updateComplete;
    expect(shown(n, '#more-filters')).to.equal(true);
  });

  describe('bad attributes: one warning naming the value, a fallback, never an exception', () => {
    for (const [attribute, value] of [
      ['need', 'hunger'],
      ['audience', 'alien'],
      ['region', 'paris'],
      ['max-results', 'many'],
      ['layout', 'grid'],
      ['theme', 'neon'],
    ]) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<KannerServiceFinder>(`<kanner-service-finder ${attribute}="${value}"></kanner-service-finder>`);
          await settled(el);
          expect(cards(el).length).to.equal(dataset.services.length);
          expect(warnings.messages.filter((m) => m.includes(value)).length, warnings.messages.join('\n')).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('crisis panel', () => {
    const tel = (hotline: string) => {
      const h = dataset.hotlines.find((x) => x.id === hotline)!;
      return `tel:${dataset.phones.find((p) => p.id === h.phone_id)!.number.replace(/[^+\d]/g, '')}`;
    };
    const panel = (el: KannerServiceFinder) => el.shadowRoot!.querySelector<HTMLElement>('.crisis');
    const hrefs = (el: KannerServiceFinder) => [...panel(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

    for (const [locale, words] of [
      ['en', 'I want to die'],
      ['fr', 'je veux mourir'],
      ['de', 'ich will nicht mehr leben'],
      ['lb', 'ech wëll net méi liewen'],
      ['pt', 'quero morrer'],
    ] as const) {
      it(`${locale}: "${words}" brings the panel above the results, announced, with 116 111 and 112 to tap, and a line to call first`, async () => {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
        expect(panel(el)).to.equal(null);
        await type(el, words);
        await waitUntil(() => panel(el), 'crisis panel', { timeout: 3000 });
        expect(panel(el)!.getAttribute('role')).to.equal('alert');
        expect(hrefs(el)).to.deep.equal([tel('116111'), tel('112')]);
        // above every result
        const first = $<HTMLElement>(el, '.card');
        expect(panel(el)!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        expect(cards(el)[0]).to.equal('kjt-116111');
        if (locale !== 'en') expect(text(panel(el))).not.to.match(/You are not alone/);
      });
    }

    it('words of danger right now: the panel with 112, the police and 116 111', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      await type(el, 'he is hitting me right now');
      expect(hrefs(el)).to.deep.equal([tel('112'), tel('113'), tel('116111')]);
      expect(text(panel(el))).to.match(/danger/);
      expect(cards(el).slice(0, 2)).to.deep.equal(['cgdis-112', 'police-113']);
    });

    it('for a parent, the adult line of the dataset too (when it has one)', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder audience="parent"></kanner-service-finder>`);
      await type(el, 'I want to kill myself');
      const adult = dataset.hotlines.some((h) => h.id === 'sos-detresse') ? [tel('sos-detresse')] : [];
      expect(hrefs(el)).to.deep.equal([...adult, tel('116111'), tel('112')]);
    });

    it('never zero results, whatever the filters', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder region="wiltz"></kanner-service-finder>`);
      $<HTMLInputElement>(el, 'input[name="open-now"]').click();
      await type(el, 'suicide');
      expect(panel(el)).not.to.equal(null);
      expect(cards(el).length).to.be.greaterThan(0);
    });

    it('everyday idioms do not bring it: "mourir de rire", "totmüde", "dead tired"', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      for (const words of ['mourir de rire', 'totmüde', 'dead tired', 'Hilfe beim Sterben der Oma?']) {
        await type(el, words);
        expect(panel(el), words).to.equal(null);
      }
    });

    it('a child\'s sentence in Luxembourgish on an English page: violence services first, no adoption or forum in the first three', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      await type(el, 'mäi Papp schléit mech');
      await waitUntil(() => cards(el).length > 0, 'results', { timeout: 3000 });
      const top = cards(el).slice(0, 3);
      for (const id of top) expect(dataset.services.find((s) => s.id === id)!.needs, String(id)).to.include('violence-abuse');
      // a line a child can call, among the first three
      expect(top.some((id) => ['kjt-116111', 'fed-psyea', 'one-aide-enfance'].includes(id ?? '')), top.join()).to.equal(true);
      expect(top).not.to.include('croix-rouge-adoption');
      expect(top).not.to.include('menje-eltereforum');
    });

    for (const locale of ['en', 'lb'] as const) {
      it(`${locale}: no axe violations with the panel shown`, async () => {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale} max-results="4"></kanner-service-finder>`, locale);
        await type(el, 'suicide');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('languages', () => {
    for (const locale of LOCALES) {
      it(`${locale}: labels and data in ${locale}; searching in another language still works`, async () => {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
        const okaju = dataset.services.find((s) => s.id === 'okaju-complaints')!;
        expect(text($(el, '.card[data-id="okaju-complaints"] h3'))).to.equal(okaju.name[locale]);
        const needOption = $<HTMLOptionElement>(el, 'select[name="need"] option[value="violence-abuse"]');
        expect(text(needOption)).to.equal(dataset.needs.find((n) => n.id === 'violence-abuse')!.name[locale]);
        await type(el, 'Gewalt');
        expect(cards(el)).to.include('kjt-116111');
        // the announcement speaks the widget's language too
        const live = $<HTMLElement>(el, '[role="status"]');
        // An earlier count may be announced first on a slow machine; the last one must match.
        await waitUntil(() => text(live) === text($(el, '.count')), 'the shown count is announced', { timeout: 3000 });
        if (locale !== 'en') expect(text(live)).not.to.match(/services found/);
        await choose(el, 'need', 'missing-child');
        expect(cards(el).length).to.be.greaterThan(0);
        expect(cards(el).every((id) => dataset.services.find((s) => s.id === id)!.needs.includes('missing-child'))).to.equal(true);
        await choose(el, 'need', '');
        await type(el, 'violência');
        expect(cards(el)).to.include('kjt-116111');
      });
    }

    it('the UI strings are translated', async () => {
      const en = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
        expect(text($(el, 'label[for="need"]')), locale).not.to.equal(text($(en, 'label[for="need"]')));
        expect(text($(el, '.safety')), locale).not.to.equal(text($(en, '.safety')));
      }
    });
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`${locale} · ${theme}: no axe violations`, async () => {
          const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale} theme=${theme} max-results="6"></kanner-service-finder>`, locale);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('the empty state has no axe violations', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      await type(el, 'xqzvvkplm');
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><kanner-service-finder lang="pt"></kanner-service-finder></div>`);
      const el = wrapper.querySelector('kanner-service-finder')!;
      await settled(el, 'pt');
      expect($<HTMLElement>(el, '.base').scrollWidth).to.be.at.most(320);
    });

    it('every contact link is at least 44 px tall', async () => {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder></kanner-service-finder>`);
      for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.contact, .safety a')) {
        if (!a.offsetParent) continue;
        expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(44);
      }
    });
  });
});
