// The banner as a reader sees it on a 360 × 740 phone and a 1280 px screen: heights,
// who each line is for, targets, the sticky banner's share of the screen, focus.
import { expect, html, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import { blockNavigation, dataset, LOCALES, settled, text, THEMES } from './helpers.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
const ALL_EIGHT = '112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure';

async function banner(attrs: string, locale = 'en'): Promise<KannerHotlineBanner> {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${locale}"><kanner-hotline-banner ${attrs}></kanner-hotline-banner></div>`);
  const el = wrapper.querySelector('kanner-hotline-banner')!;
  await settled(el, locale as never);
  // The quick exit is loaded on demand: measure once it has its size.
  await frames();
  const exit = el.shadowRoot!.querySelector('kanner-quick-exit');
  if (exit) await settled(exit as never);
  await frames();
  return el;
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('<kanner-hotline-banner> layout', () => {
  let unblock: () => void;
  const bodyMargin = document.body.style.margin;
  before(() => (document.body.style.margin = '0'));
  after(async () => {
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  describe('on a 360 × 740 phone', () => {
    beforeEach(() => setViewport(PHONE));

    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`${locale} · ${theme}: the default banner is at most 480 px tall, compact at most 160 px, with who each line is for`, async () => {
          const el = await banner(`theme="${theme}" quick-exit dismissible`, locale);
          expect(el.shadowRoot!.querySelector('.base.bar')).to.exist;
          expect(height(el), 'bar').to.be.at.most(480);
          expect(el.getBoundingClientRect().width).to.equal(360);
          for (const id of dataset.hotline_sets.default) {
            const row = el.shadowRoot!.querySelector<HTMLElement>(`.contact[data-id="${id}"]`)!;
            const hotline = dataset.hotlines.find((h) => h.id === id)!;
            const forLine = row.querySelector<HTMLElement>('.for')!;
            expect(text(forLine), id).to.equal(hotline.for[locale].replace(/\s+/g, ' '));
            // Visible: at least one full line of it, beside the number.
            expect(height(forLine), `${id} for`).to.be.at.least(14);
            const link = row.querySelector('a.number')!;
            expect(height(link), `${id} link`).to.be.at.least(44);
            expect(link.getBoundingClientRect().width, `${id} link`).to.be.at.least(44);
            const phone = dataset.phones.find((p) => p.id === hotline.phone_id)!;
            const schedule = dataset.schedules.find((s) => s.id === phone.schedule_id);
            if (schedule?.always_open) expect(height(row.querySelector('.badge.open')!), `${id} open-now`).to.be.greaterThan(10);
          }
          const compact = await banner(`theme="${theme}" variant="compact" quick-exit dismissible`, locale);
          expect(height(compact), 'compact').to.be.at.most(160);
          for (const link of compact.shadowRoot!.querySelectorAll('.list.inline a.number')) expect(height(link)).to.be.at.least(44);
        });
      }
    }

    it('the teen set (six lines) fits 480 px too, in every language; who a line is for never shows more lines than its clamp', async () => {
      for (const locale of LOCALES) {
        const el = await banner('audience="teen" quick-exit dismissible', locale);
        const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.contact')];
        expect(rows.length, locale).to.equal(dataset.hotline_sets.audiences.teen.length);
        expect(height(el), `${locale} teen`).to.be.at.most(480);
        for (const row of rows) {
          const forLine = row.querySelector<HTMLElement>('.for')!;
          const lineHeight = parseFloat(getComputedStyle(forLine).lineHeight);
          // Six lines or more: one line each. The box is its own height, not the row's.
          expect(height(forLine), `${locale} ${row.dataset.id}`).to.be.at.most(lineHeight + 1);
          expect(height(forLine), `${locale} ${row.dataset.id}`).to.be.at.least(lineHeight - 1);
          expect(height(row.querySelector('a.number')!), `${locale} ${row.dataset.id} link`).to.be.at.least(44);
        }
      }
      // Five lines for a parent: two lines of "for" at most, even beside a three-line badge.
      const parent = await banner('audience="parent"', 'pt');
      for (const row of parent.shadowRoot!.querySelectorAll<HTMLElement>('.contact')) {
        const forLine = row.querySelector<HTMLElement>('.for')!;
        expect(height(forLine), row.dataset.id).to.be.at.most(2 * parseFloat(getComputedStyle(forLine).lineHeight) + 1);
      }
    });

    it('eight lines still fit the width, each row with its number, title and who it is for', async () => {
      const el = await banner(`lang="pt" contacts="${ALL_EIGHT}" quick-exit dismissible`, 'pt');
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.contact')];
      expect(rows.length).to.equal(8);
      for (const row of rows) {
        expect(row.getBoundingClientRect().right, row.dataset.id).to.be.at.most(360);
        expect(height(row.querySelector('.for')!), row.dataset.id).to.be.at.least(14);
      }
      // One row per line: each row is far smaller than the old stacked tile (≈ 180 px; the
      // parents' line carries its hours and a "checked" date too).
      for (const row of rows) expect(height(row), row.dataset.id).to.be.at.most(140);
    });

    it('the card banner keeps every number in one column, beside its title', async () => {
      for (const locale of ['pt', 'lb'] as const) {
        const el = await banner(`variant="card" contacts="${ALL_EIGHT}"`, locale);
        const rights = new Set<number>();
        for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('.contact')) {
          const digits = row.querySelector('.digits')!.getBoundingClientRect();
          const title = row.querySelector('.title')!.getBoundingClientRect();
          rights.add(Math.round(digits.right));
          // Beside the title (same first line), never wrapped under it.
          expect(digits.top, `${locale} ${row.dataset.id}`).to.be.below(title.top + title.height / 2 + 4);
          expect(digits.left, `${locale} ${row.dataset.id}`).to.be.at.least(title.right);
        }
        expect([...rights], locale).to.have.length(1);
      }
    });

    it('sticky never takes more than a third of the screen: a tall banner turns compact', async () => {
      const el = await banner('sticky="top" quick-exit');
      await frames();
      await el.updateComplete;
      await frames();
      expect(el.shadowRoot!.querySelector('.base.compact')).to.exist;
      expect(height(el)).to.be.at.most(740 / 3);
      // Opening "more" still keeps it within a third (it scrolls inside).
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
      await el.updateComplete;
      expect(height(el)).to.be.at.most(740 / 3 + 1);
      // Unpinned, the same banner is the full bar.
      const plain = await banner('quick-exit');
      expect(plain.shadowRoot!.querySelector('.base.bar')).to.exist;
    });

    for (const edge of ['top', 'bottom'] as const) {
      it(`sticky="${edge}" never hides the focused element`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          ${edge === 'top' ? html`<kanner-hotline-banner sticky="top"></kanner-hotline-banner>` : ''}
          ${Array.from({ length: 80 }, (_, i) => html`<p><a href="#l${i}" id="l${i}">link ${i}</a></p>`)}
          ${edge === 'bottom' ? html`<kanner-hotline-banner sticky="bottom"></kanner-hotline-banner>` : ''}
        </div>`);
        const el = wrapper.querySelector('kanner-hotline-banner')!;
        await settled(el);
        await frames();
        await el.updateComplete;
        await frames();
        const bannerBox = el.getBoundingClientRect();
        expect(bannerBox.height).to.be.at.most(740 / 3);
        // Put a link right under the pinned banner, then focus it without the browser's help.
        const link = wrapper.querySelector<HTMLAnchorElement>('#l40')!;
        const r = link.getBoundingClientRect();
        const under = edge === 'top' ? bannerBox.top + bannerBox.height / 2 : bannerBox.top + bannerBox.height / 2;
        window.scrollBy({ top: r.top - under, behavior: 'instant' });
        link.focus();
        await frames();
        const after = link.getBoundingClientRect();
        const now = el.getBoundingClientRect();
        if (edge === 'top') expect(after.top).to.be.at.least(now.bottom);
        else expect(after.bottom).to.be.at.most(now.top);
        window.scrollTo({ top: 0, behavior: 'instant' });
      });
    }
  });

  describe('at 1280 px', () => {
    beforeEach(() => setViewport(WIDE));

    it('the bar keeps its tiles in a row and stays under 360 px in every language', async () => {
      for (const locale of LOCALES) {
        const el = await banner('quick-exit dismissible', locale);
        expect(height(el), locale).to.be.at.most(360);
        const tops = new Set([...el.shadowRoot!.querySelectorAll('.contact')].map((c) => Math.round(c.getBoundingClientRect().top)));
        expect(tops.size, locale).to.be.at.most(2);
      }
    });
  });

  describe('dismissing', () => {
    it('by keyboard moves focus to what follows the banner, not to <body>', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <kanner-hotline-banner dismissible></kanner-hotline-banner>
        <p>text</p>
        <a href="#next" id="after">after</a>
      </div>`);
      const el = wrapper.querySelector('kanner-hotline-banner')!;
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('with nothing after it, focus goes to what comes before', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><kanner-hotline-banner dismissible></kanner-hotline-banner></div>`);
      const el = wrapper.querySelector('kanner-hotline-banner')!;
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(document.activeElement).not.to.equal(document.body);
      expect(document.activeElement).to.equal(wrapper.querySelector('#before'));
    });
  });

  describe('forced colours', () => {
    afterEach(() => executeServerCommand('kanner-media-features', { features: [{ name: 'forced-colors', value: 'none' }] }));

    it('the card banner draws only a rule between rows: no line down its side', async () => {
      await executeServerCommand('kanner-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      const el = await banner('variant="card"');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const row of el.shadowRoot!.querySelectorAll('.contact')) {
        const s = getComputedStyle(row);
        expect([s.borderLeftWidth, s.borderRightWidth], (row as HTMLElement).dataset.id).to.deep.equal(['0px', '0px']);
      }
    });
  });
});
