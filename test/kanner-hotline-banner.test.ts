import { expect, html, oneEvent, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import {
  blockNavigation,
  captureWarnings,
  dataset,
  expectedTel,
  hotlineTitle,
  LOCALES,
  render,
  settled,
  text,
  THEMES,
} from './helpers.js';

async function waitUntilExit(el: KannerHotlineBanner) {
  await waitUntil(() => el.shadowRoot!.querySelector('kanner-quick-exit')?.shadowRoot?.firstElementChild, 'quick exit rendered');
  return el.shadowRoot!.querySelector('kanner-quick-exit')!;
}

const ids = (el: KannerHotlineBanner) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.contact')].map((c) => c.dataset.id);
const links = (el: KannerHotlineBanner) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.number')];

describe('<kanner-hotline-banner>', () => {
  let unblock: () => void;
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  describe('contacts', () => {
    it('shows the default hotlines in dataset order, each number linked as tel: from the dataset', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
      expect(ids(el)).to.deep.equal(dataset.hotline_sets.default);
      for (const link of links(el)) {
        const id = (link.closest('.contact') as HTMLElement).dataset.id!;
        expect(link.getAttribute('href'), id).to.equal(expectedTel(id));
        const phone = dataset.phones.find((p) => p.id === dataset.hotlines.find((h) => h.id === id)!.phone_id)!;
        expect(text(link), id).to.contain(phone.display);
        expect(text(link), id).to.contain(hotlineTitle(id, 'en'));
      }
    });

    it('links every hotline in the dataset to its own number', async () => {
      const all = dataset.hotlines.map((h) => h.id).join(',');
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts=${all}></kanner-hotline-banner>`);
      expect(ids(el)).to.deep.equal(dataset.hotlines.map((h) => h.id));
      for (const id of ids(el)) {
        const link = el.shadowRoot!.querySelector(`.contact[data-id="${id}"] a.number`)!;
        expect(link.getAttribute('href')).to.equal(expectedTel(id!));
      }
    });

    it('shows who each line is for', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="116000"></kanner-hotline-banner>`);
      expect(text(el.shadowRoot!.querySelector('.for'))).to.equal(dataset.hotlines.find((h) => h.id === '116000')!.for.en);
    });

    it('`contacts` overrides which contacts show, in that order', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="116000, 112"></kanner-hotline-banner>`);
      expect(ids(el)).to.deep.equal(['116000', '112']);
    });

    for (const audience of ['child', 'teen', 'young-adult', 'parent', 'professional'] as const) {
      it(`audience="${audience}" shows that audience's contacts, worded for them`, async () => {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner audience=${audience}></kanner-hotline-banner>`);
        const expected = dataset.hotline_sets.audiences[audience];
        expect(ids(el)).to.deep.equal(expected);
        for (const id of expected) {
          const h = dataset.hotlines.find((x) => x.id === id)!;
          const words = (h.for_audience?.[audience] ?? h.for).en;
          expect(text(el.shadowRoot!.querySelector(`.contact[data-id="${id}"] .for`))).to.equal(words);
        }
        const plain = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
        expect(text(el.shadowRoot!.querySelector('.heading'))).not.to.equal(text(plain.shadowRoot!.querySelector('.heading')));
      });
    }

    it('fires kanner-contact when a number is activated', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="116111"></kanner-hotline-banner>`);
      setTimeout(() => links(el)[0]!.click());
      const event = await oneEvent(el, 'kanner-contact');
      expect(event.detail).to.deep.equal({ widget: 'kanner-hotline-banner', contact: '116111', channel: 'phone', href: expectedTel('116111') });
      expect(event.composed).to.equal(true);
    });
  });

  describe('open now', () => {
    it('says 24/7 only for lines whose sourced schedule is always open, and claims nothing for unknown hours', async () => {
      const all = dataset.hotlines.map((h) => h.id).join(',');
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts=${all}></kanner-hotline-banner>`);
      for (const h of dataset.hotlines) {
        const phone = dataset.phones.find((p) => p.id === h.phone_id)!;
        const schedule = dataset.schedules.find((s) => s.id === phone.schedule_id);
        const status = text(el.shadowRoot!.querySelector(`.contact[data-id="${h.id}"] .status`));
        if (schedule?.always_open) expect(status, h.id).to.contain('Open 24/7');
        else expect(status, h.id).not.to.contain('24/7');
        // No sourced hours: no open/closed claim at all (a MED-graded number still shows when it was checked).
        const checked = text(el.shadowRoot!.querySelector(`.contact[data-id="${h.id}"] .status .checked`));
        if (!schedule) expect(status.replace(checked, '').trim(), h.id).to.equal('');
        if (phone.confidence === 'med') expect(checked, h.id).to.match(/^checked \w+ \d{4}$/);
      }
    });

    it('116 111 has no hours and no open-now state (its hours are not sourced)', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="116111"></kanner-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('.contact .status')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.badge')).to.equal(null);
    });
  });

  describe('variants', () => {
    it('bar is the default', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('.base')!.classList.contains('bar')).to.equal(true);
    });

    it('card has a heading element', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner variant="card"></kanner-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('h2.heading')).to.exist;
    });

    it('compact shows 112 and 116 111, and the rest behind a "more" disclosure operable by keyboard', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner variant="compact"></kanner-hotline-banner>`);
      const inline = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list.inline .contact')].map((c) => c.dataset.id);
      expect(inline).to.deep.equal(dataset.hotline_sets.compact);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
      const list = el.shadowRoot!.getElementById('more')!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.equal(false);
      expect(list.querySelectorAll('.contact').length).to.equal(dataset.hotline_sets.default.length - 2);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(list.querySelector('a.number'));
    });
  });

  describe('sticky, dismissible, quick exit', () => {
    for (const edge of ['top', 'bottom'] as const) {
      it(`sticky="${edge}" pins the banner and keeps focused content clear of it`, async () => {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner sticky=${edge}></kanner-hotline-banner>`);
        const padding = () => document.documentElement.style.getPropertyValue(`scroll-padding-${edge}`);
        expect(getComputedStyle(el).position).to.equal('sticky');
        expect(getComputedStyle(el)[edge]).to.equal('0px');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(parseFloat(padding())).to.be.greaterThan(20);
        el.remove();
        expect(padding()).to.equal('');
      });
    }

    it('dismissible hides it for this page view, storing nothing', async () => {
      const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner dismissible></kanner-hotline-banner>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!;
      expect(text(button)).to.contain('Hide');
      button.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
    });

    it('quick-exit adds the exit, going to exit-href', async () => {
      const el = await render<KannerHotlineBanner>(
        html`<kanner-hotline-banner quick-exit exit-href="https://example.org/weather"></kanner-hotline-banner>`,
      );
      const exit = el.shadowRoot!.querySelector('kanner-quick-exit')!;
      expect(exit).to.exist;
      await settled(exit);
      expect(exit.destination).to.equal('https://example.org/weather');
      const plain = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
      expect(plain.shadowRoot!.querySelector('kanner-quick-exit')).to.equal(null);
    });
  });

  describe('bad attributes: one warning naming the value, a sensible fallback, never an exception', () => {
    const cases: [string, string, (el: KannerHotlineBanner) => void][] = [
      ['variant', 'huge', (el) => expect(el.shadowRoot!.querySelector('.base.bar')).to.exist],
      ['audience', 'grandparent', (el) => expect(ids(el)).to.deep.equal(dataset.hotline_sets.default)],
      ['contacts', 'nope', (el) => expect(ids(el)).to.deep.equal(dataset.hotline_sets.default)],
      ['sticky', 'left', (el) => expect(getComputedStyle(el).position).to.equal('static')],
      ['theme', 'purple', (el) => expect(el.resolvedTheme).to.equal('auto')],
      ['lang', 'xx', (el) => expect(el.currentLocale).to.equal('en')],
      ['exit-href', 'javascript:alert(1)', (el) => expect(el.shadowRoot!.querySelector('.contact')).to.exist],
    ];
    for (const [attribute, value, check] of cases) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<KannerHotlineBanner>(`<kanner-hotline-banner quick-exit ${attribute}="${value}"></kanner-hotline-banner>`);
          await settled(el);
          check(el);
          expect(el.shadowRoot!.querySelectorAll('.contact').length).to.be.greaterThan(0);
          const naming = warnings.messages.filter((m) => m.includes(value));
          expect(naming.length, warnings.messages.join('\n')).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('contacts with some unknown ids keeps the known ones and names the unknown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="911,112"></kanner-hotline-banner>`);
        expect(ids(el)).to.deep.equal(['112']);
        expect(warnings.messages.some((m) => m.includes('"911"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('languages', () => {
    for (const locale of LOCALES) {
      it(`lang="${locale}" renders the data and UI in ${locale}`, async () => {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner lang=${locale}></kanner-hotline-banner>`, locale);
        for (const id of dataset.hotline_sets.default) {
          expect(text(el.shadowRoot!.querySelector(`.contact[data-id="${id}"] .title`))).to.equal(hotlineTitle(id, locale));
        }
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal(locale);
      });
    }

    it('the UI strings are translated (the heading differs from English in every locale)', async () => {
      const english = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
      const en = text(english.shadowRoot!.querySelector('.heading'));
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner lang=${locale}></kanner-hotline-banner>`, locale);
        expect(text(el.shadowRoot!.querySelector('.heading')), locale).not.to.equal(en);
      }
    });

    it('a French and a German banner side by side each speak their own language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <kanner-hotline-banner lang="fr" contacts="116000"></kanner-hotline-banner>
        <kanner-hotline-banner lang="de" contacts="116000"></kanner-hotline-banner>
      </div>`);
      const [fr, de] = [...wrapper.querySelectorAll('kanner-hotline-banner')];
      await settled(fr!, 'fr');
      await settled(de!, 'de');
      expect(text(fr!.shadowRoot!.querySelector('.title'))).to.equal(hotlineTitle('116000', 'fr'));
      expect(text(de!.shadowRoot!.querySelector('.title'))).to.equal(hotlineTitle('116000', 'de'));
    });

    it('the built-in quick exit switches language with the banner at run time', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner lang="fr" quick-exit></kanner-hotline-banner>`, 'fr');
      const exit = await waitUntilExit(el);
      await settled(exit, 'fr');
      const french = text(exit.shadowRoot!.querySelector('button'));
      el.setAttribute('lang', 'de');
      await settled(el, 'de');
      await el.updateComplete;
      await settled(exit, 'de');
      expect(text(exit.shadowRoot!.querySelector('button'))).not.to.equal(french);
    });

    it('inherits the nearest ancestor lang, then <html lang>, and follows changes at run time', async () => {
      const html0 = document.documentElement.getAttribute('lang');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="pt-PT"><kanner-hotline-banner contacts="112"></kanner-hotline-banner></div>`);
        const el = wrapper.querySelector('kanner-hotline-banner')!;
        await settled(el, 'pt');
        wrapper.setAttribute('lang', 'lb');
        await settled(el, 'lb');
        expect(text(el.shadowRoot!.querySelector('.title'))).to.equal(hotlineTitle('112', 'lb'));
        wrapper.removeAttribute('lang');
        document.documentElement.setAttribute('lang', 'de-LU');
        await settled(el, 'de');
        el.setAttribute('lang', 'fr');
        await settled(el, 'fr');
        document.documentElement.setAttribute('lang', 'it');
        el.removeAttribute('lang');
        await settled(el, 'en');
      } finally {
        if (html0 === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', html0);
      }
    });
  });

  describe('theming', () => {
    it('a --kanner-* token set by the host is what the widget paints', async () => {
      const el = await render<KannerHotlineBanner>(
        html`<kanner-hotline-banner contacts="112" style="--kanner-color-emergency: rgb(1, 2, 3); --kanner-font-family: monospace"></kanner-hotline-banner>`,
      );
      expect(getComputedStyle(el.shadowRoot!.querySelector('.digits')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.for')!).fontFamily).to.equal('monospace');
    });

    it('inherits the host font unless told otherwise', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif"><kanner-hotline-banner contacts="112"></kanner-hotline-banner></div>`);
      const el = wrapper.querySelector('kanner-hotline-banner')!;
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.for')!).fontFamily).to.equal('Georgia, serif');
    });

    it('light and dark paint different backgrounds; hostile host CSS does not get in', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="text-transform: uppercase; letter-spacing: 9px">
        <kanner-hotline-banner theme="light" contacts="112"></kanner-hotline-banner>
        <kanner-hotline-banner theme="dark" contacts="112"></kanner-hotline-banner>
      </div>`);
      const [light, dark] = [...wrapper.querySelectorAll('kanner-hotline-banner')];
      await settled(light!);
      await settled(dark!);
      const bg = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
      expect(bg(light!)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark!)).to.equal('rgb(21, 24, 29)');
      const forText = getComputedStyle(light!.shadowRoot!.querySelector('.for')!);
      expect(forText.textTransform).to.equal('none');
      expect(forText.letterSpacing).to.equal('normal');
    });
  });

  describe('accessibility', () => {
    for (const variant of ['bar', 'card', 'compact']) {
      for (const locale of LOCALES) {
        for (const theme of THEMES) {
          it(`${variant} · ${locale} · ${theme}: no axe violations`, async () => {
            const el = await render<KannerHotlineBanner>(
              html`<kanner-hotline-banner variant=${variant} lang=${locale} theme=${theme} quick-exit dismissible></kanner-hotline-banner>`,
              locale,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it('every contact link is at least 44 px tall', async () => {
      for (const variant of ['bar', 'card', 'compact']) {
        const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner variant=${variant}></kanner-hotline-banner>`);
        for (const link of links(el).filter((l) => l.offsetParent)) {
          expect(link.getBoundingClientRect().height, `${variant} ${text(link)}`).to.be.at.least(44);
        }
      }
    });

    it('fits 320 px without horizontal scrolling, in the longest language', async () => {
      for (const variant of ['bar', 'card', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width:320px"><kanner-hotline-banner lang="pt" variant=${variant} quick-exit dismissible contacts="112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure"></kanner-hotline-banner></div>`,
        );
        const el = wrapper.querySelector('kanner-hotline-banner')!;
        await settled(el, 'pt');
        const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth, variant).to.be.at.most(320);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.contact, .heading')) {
          expect(node.getBoundingClientRect().right, `${variant} ${text(node).slice(0, 30)}`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
        }
      }
    });

    it('compact on a phone stays small: the heading is hidden visually but still names the region', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:360px"><kanner-hotline-banner variant="compact" lang="fr" quick-exit></kanner-hotline-banner></div>`);
      const el = wrapper.querySelector('kanner-hotline-banner')!;
      await settled(el, 'fr');
      const heading = el.shadowRoot!.querySelector<HTMLElement>('.heading')!;
      expect(heading.getBoundingClientRect().height).to.be.at.most(1);
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(heading)).not.to.equal('');
      await expect(el).to.be.accessible();
      const wide = await fixture<HTMLDivElement>(html`<div style="width:900px"><kanner-hotline-banner variant="compact"></kanner-hotline-banner></div>`);
      const w = wide.querySelector('kanner-hotline-banner')!;
      await settled(w);
      expect(w.shadowRoot!.querySelector<HTMLElement>('.heading')!.getBoundingClientRect().height).to.be.greaterThan(10);
    });

    it('is operable by keyboard: Tab reaches every number in order', async () => {
      const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner></kanner-hotline-banner>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < dataset.hotline_sets.default.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
      }
      expect(reached).to.deep.equal(dataset.hotline_sets.default.map(expectedTel));
      before.remove();
    });
  });
});
