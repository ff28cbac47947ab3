// Print (SPEC §2 "Prints legibly"), with Chromium's print emulation: every widget, in every
// theme and with the reader's OS in dark mode, prints dark text on white paper, every number
// written out, disclosures open, screen-only controls left out.
import { expect, html, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { KannerElement } from '../src/core/kanner-element.js';
import { dataset, settled, text } from './helpers.js';

/** WCAG relative luminance of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastOnWhite = (color: string) => 1.05 / (luminance(color) + 0.05);

/** Every element in `root` (and nested shadow roots) that shows text of its own. */
function textElements(root: ShadowRoot | Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // not painted, or visually hidden
      found.push(el);
    }
  };
  walk(root instanceof Element ? (root.shadowRoot ?? root) : root);
  return found;
}

/** Print emulation with the reader's OS colour scheme, in one protocol call (the stock
 * emulateMedia sends them apart, and the second call drops the first). */
const emulate = (media: 'print' | '', scheme: 'light' | 'dark' = 'light') =>
  executeServerCommand('kanner-media-features', { media, features: [{ name: 'prefers-color-scheme', value: scheme }] });

const visible = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 1;

const WIDGETS: [string, (theme: string) => TemplateResult][] = [
  ['banner bar', (t) => html`<kanner-hotline-banner theme=${t} quick-exit dismissible sticky="top"></kanner-hotline-banner>`],
  ['banner compact', (t) => html`<kanner-hotline-banner theme=${t} variant="compact" quick-exit dismissible></kanner-hotline-banner>`],
  ['banner card', (t) => html`<kanner-hotline-banner theme=${t} variant="card" audience="parent"></kanner-hotline-banner>`],
  ['finder', (t) => html`<kanner-service-finder theme=${t} max-results="4"></kanner-service-finder>`],
  ['rights accordion', (t) => html`<kanner-rights-explainer theme=${t} group="participation"></kanner-rights-explainer>`],
  ['rights cards', (t) => html`<kanner-rights-explainer theme=${t} layout="cards" group="provision"></kanner-rights-explainer>`],
  ['forum', (t) => html`<kanner-parents-forum theme=${t}></kanner-parents-forum>`],
];

describe('print', () => {
  afterEach(() => emulate(''));

  for (const [os, theme] of [
    ['light', 'light'],
    ['light', 'dark'],
    ['dark', 'auto'],
    ['dark', 'dark'],
  ] as const) {
    for (const [name, template] of WIDGETS) {
      it(`${name} · theme="${theme}" · OS ${os}: dark text on white (≥ 4.5:1)`, async () => {
        await emulate('print', os);
        const el = await fixture<KannerElement>(template(theme));
        await settled(el);
        expect(matchMedia('print').matches).to.equal(true);
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(os === 'dark');
        const elements = textElements(el);
        expect(elements.length).to.be.greaterThan(3);
        for (const node of elements) {
          const color = getComputedStyle(node).color;
          const ratio = contrastOnWhite(color);
          expect(ratio, `${text(node).slice(0, 40)} ${color}`).to.be.at.least(4.5);
        }
        // The paper stays white: the widget paints no dark background.
        const base = el.shadowRoot!.querySelector('.base')!;
        expect(luminance(getComputedStyle(base).backgroundColor || 'rgb(255,255,255)') > 0.9 || getComputedStyle(base).backgroundColor === 'rgba(0, 0, 0, 0)').to.equal(true);
      });
    }
  }

  it('the compact banner prints every number, with who each line is for; "more", hide and the exit are left out', async () => {
    await emulate('print', 'dark');
    const el = await fixture<KannerElement>(html`<kanner-hotline-banner variant="compact" quick-exit dismissible sticky="top"></kanner-hotline-banner>`);
    await settled(el);
    const root = el.shadowRoot!;
    for (const id of dataset.hotline_sets.default) {
      const row = root.querySelector(`.contact[data-id="${id}"]`)!;
      expect(visible(row.querySelector('.digits')), id).to.equal(true);
      expect(visible(row.querySelector('.for')), `${id} for`).to.equal(true);
    }
    expect(visible(root.querySelector('button.more'))).to.equal(false);
    expect(visible(root.querySelector('button.dismiss'))).to.equal(false);
    expect(visible(root.querySelector('kanner-quick-exit'))).to.equal(false);
    expect(getComputedStyle(el).position).to.equal('static');
  });

  it('the bar prints who each line is for in full, and no time-bound "open now"', async () => {
    await emulate('print');
    const el = await fixture<KannerElement>(html`<kanner-hotline-banner contacts="112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure"></kanner-hotline-banner>`);
    await settled(el);
    for (const f of el.shadowRoot!.querySelectorAll<HTMLElement>('.for')) expect(f.scrollHeight, text(f)).to.be.at.most(f.clientHeight + 1);
    for (const badge of el.shadowRoot!.querySelectorAll('.badge.now')) expect(visible(badge)).to.equal(false);
  });

  it('rights accordions print every title with the chosen level\'s text', async () => {
    await emulate('print');
    const el = await fixture<KannerElement>(html`<kanner-rights-explainer age="young" group="protection"></kanner-rights-explainer>`);
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.accordion .item')];
    expect(items.length).to.be.greaterThan(3);
    for (const item of items) {
      const article = dataset.rights.articles.find((a) => a.id === item.dataset.id);
      expect(visible(item.querySelector('.title')), item.dataset.id).to.equal(true);
      const body = item.querySelector('.text')!;
      expect(visible(body), item.dataset.id).to.equal(true);
      if (article) expect(text(body)).to.equal(article.text.young.en);
    }
    expect(visible(el.shadowRoot!.querySelector('.chevron'))).to.equal(false);
  });

  it('the finder prints the safety line and results, not its filters; the quick exit is not printed', async () => {
    await emulate('print');
    const wrapper = await fixture<HTMLDivElement>(html`<div><kanner-service-finder max-results="3"></kanner-service-finder><kanner-quick-exit></kanner-quick-exit></div>`);
    const finder = wrapper.querySelector('kanner-service-finder')!;
    const exit = wrapper.querySelector('kanner-quick-exit')!;
    await settled(finder);
    await settled(exit);
    expect(visible(finder.shadowRoot!.querySelector('form.filters'))).to.equal(false);
    expect(visible(finder.shadowRoot!.querySelector('.safety'))).to.equal(true);
    expect(finder.shadowRoot!.querySelectorAll('.results > li').length).to.equal(3);
    expect(getComputedStyle(exit).display).to.equal('none');
  });
});
