// Layout a reader sees at 1280 and 360 px: rights cards use the width; the finder's
// safety line reads as a sentence on a phone.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerRightsExplainer } from '../src/components/kanner-rights-explainer/kanner-rights-explainer.js';
import type { KannerServiceFinder } from '../src/components/kanner-service-finder/kanner-service-finder.js';
import { render } from './helpers.js';

const box = (el: Element) => el.getBoundingClientRect();

describe('layout at 1280 and 360 px', () => {
  const bodyMargin = document.body.style.margin;
  before(() => (document.body.style.margin = '0'));
  after(async () => {
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });

  describe('<kanner-rights-explainer layout="cards">', () => {
    for (const [width, columns] of [
      [1280, 3],
      [360, 1],
    ] as const) {
      it(`at ${width} px: heading and intro above, the cards in ${columns === 1 ? 'one column' : 'as many columns as fit'}`, async () => {
        await setViewport({ width, height: 900 });
        const el = await render<KannerRightsExplainer>(html`<kanner-rights-explainer layout="cards" lang="pt" group="protection"></kanner-rights-explainer>`, 'pt');
        const root = el.shadowRoot!;
        const h2 = box(root.querySelector('h2')!);
        const intro = box(root.querySelector('.intro')!);
        const list = box(root.querySelector('ul.cards')!);
        const base = box(root.querySelector('.base')!);
        // Stacked: heading, then intro, then the cards, each as wide as the box allows.
        expect(intro.top).to.be.at.least(h2.bottom - 1);
        expect(list.top).to.be.at.least(intro.bottom - 1);
        expect(list.width).to.be.above(base.width * 0.85);
        const firstRow = [...root.querySelectorAll('ul.cards > li')].map(box).filter((b, _, all) => Math.abs(b.top - all[0]!.top) < 1);
        if (columns === 1) expect(firstRow.length).to.equal(1);
        else expect(firstRow.length).to.be.at.least(columns);
      });
    }
  });

  describe('<kanner-service-finder> safety line at 360 px', () => {
    for (const locale of ['fr', 'lb', 'pt', 'de'] as const) {
      it(`${locale}: no tall gaps between its lines, numbers still 44 px targets`, async () => {
        await setViewport({ width: 360, height: 740 });
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
        const p = el.shadowRoot!.querySelector<HTMLElement>('.safety')!;
        const style = getComputedStyle(p);
        const lineHeight = parseFloat(style.lineHeight);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        const lines = (box(p).height - padding) / lineHeight;
        // Each line is a line of text (≤ 1.9 × the font size), not a 44 px box.
        expect(lineHeight / parseFloat(style.fontSize)).to.be.at.most(1.9);
        expect(Math.abs(lines - Math.round(lines)), `${lines} lines`).to.be.below(0.35);
        // A short sentence: at most 5 lines at 360 px (pt, the longest, takes 5).
        expect(Math.round(lines)).to.be.at.most(5);
        for (const a of p.querySelectorAll('a')) expect(box(a).height).to.be.at.least(44);
      });
    }
  });
});
