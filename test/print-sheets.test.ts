// The poster and the pocket cards, printed to PDF by Chromium (page.pdf, A4), the PDF
// rendered back to pixels with pdfjs-dist, and every QR code read with jsQR: each must dial
// the number printed beside it — the dataset's tel: URL for that line.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import * as pdfjs from 'pdfjs-dist';
import '../src/define.js';
import type { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import { captureWarnings, dataset, expectedTel, settled, text } from './helpers.js';

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
declare global {
  interface Window {
    jsQR?: JsQR;
  }
}

/** jsQR ships as a UMD script: loaded as one, it sets window.jsQR. */
async function loadJsQR(): Promise<JsQR> {
  if (!window.jsQR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/jsqr/dist/jsQR.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  return window.jsQR!;
}

pdfjs.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.mjs';

const A4_WIDTH_PX = Math.round((210 / 25.4) * 96); // 794 CSS px: the print layout's width
const SCALE = 4; // canvas pixels per PDF point

const media = (value: string) => executeServerCommand('kanner-media-features', { media: value, features: [] });

async function sheet(attrs: string, locale: string): Promise<KannerHotlineBanner> {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${locale}"><kanner-hotline-banner ${attrs}></kanner-hotline-banner></div>`);
  const el = wrapper.querySelector('kanner-hotline-banner')!;
  await settled(el, locale as never);
  // The sheet module loads on first use; until then the banner shows the bar.
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.sheet .qr'); i++) await new Promise((r) => setTimeout(r, 30));
  expect(el.shadowRoot!.querySelector('.sheet .qr'), 'sheet rendered').to.exist;
  return el;
}

interface Printed {
  canvas: HTMLCanvasElement;
  /** Text items of page 1 with their position in CSS px from the page's top-left. */
  texts: { str: string; x: number; y: number }[];
}

/** Prints the page to PDF (A4, no margins) and renders its first page. */
async function printAndRender(): Promise<Printed> {
  const base64 = await executeServerCommand<string, object>('kanner-pdf', { pageRanges: '1' });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data: bytes }).promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
  const content = await page.getTextContent();
  const height = page.getViewport({ scale: 1 }).height;
  const texts = content.items
    .filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i && !!i.str.trim())
    .map((i) => ({ str: i.str, x: i.transform[4]! / 0.75, y: (height - i.transform[5]!) / 0.75 }));
  await pdf.destroy();
  return { canvas, texts };
}

/** Decodes the QR code inside `rect` (CSS px of the print layout) on the rendered page. */
function decodeAt(printed: Printed, rect: DOMRect, jsQR: JsQR): string | undefined {
  const k = 0.75 * SCALE;
  const pad = 6;
  const x = Math.max(0, Math.floor((rect.left - pad) * k));
  const y = Math.max(0, Math.floor((rect.top - pad) * k));
  const w = Math.ceil((rect.width + 2 * pad) * k);
  const h = Math.ceil((rect.height + 2 * pad) * k);
  const image = printed.canvas.getContext('2d')!.getImageData(x, y, w, h);
  return jsQR(image.data, w, h)?.data;
}

/** The body shows only `el` while printing (the test page has nothing else to print). */
function printOnly(el: Element): () => void {
  const style = document.createElement('style');
  style.textContent = 'body { margin: 0 } body > :not([data-print-target]) { display: none !important }';
  const holder = el.parentElement!.parentElement!;
  holder.setAttribute('data-print-target', '');
  document.head.append(style);
  return () => {
    style.remove();
    holder.removeAttribute('data-print-target');
  };
}

describe('poster and pocket cards: QR codes read back from the printed PDF', function () {
  this.timeout(60000);
  let jsQR: JsQR;
  before(async () => {
    jsQR = await loadJsQR();
    await setViewport({ width: A4_WIDTH_PX, height: 1123 });
  });
  after(async () => {
    await media('');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [variant, attrs, locale] of [
    ['poster', 'variant="poster" audience="child" theme="dark"', 'lb'],
    ['poster', 'variant="poster" contacts="112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure"', 'pt'],
    ['cards', 'variant="cards" audience="teen"', 'fr'],
  ] as const) {
    it(`${variant} (${locale}, ${attrs.replace(/variant="\w+" ?/, '') || 'default'}): every QR code dials the number beside it`, async () => {
      const el = await sheet(attrs, locale);
      const restore = printOnly(el);
      try {
        await media('print');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.line, .pocket')];
        expect(rows.length).to.be.at.least(4);
        // Where each code and its number sit in the print layout (page 1 only).
        const placed = rows
          .map((row) => ({ row, qr: row.querySelector('.qr')!.getBoundingClientRect(), box: row.getBoundingClientRect() }))
          .filter((p) => p.box.bottom <= 1123);
        expect(placed.length).to.equal(variant === 'cards' ? 10 : rows.length);
        const printed = await printAndRender();
        for (const { row, qr, box } of placed) {
          const id = row.dataset.id!;
          const tel = expectedTel(id);
          const link = row.querySelector('a.line-number')!;
          expect(link.getAttribute('href'), id).to.equal(tel);
          // The number as the PDF prints it, inside this row's box, beside the code.
          const phone = dataset.phones.find((p) => p.id === dataset.hotlines.find((h) => h.id === id)!.phone_id)!;
          const printedHere = printed.texts
            .filter((t) => t.y >= box.top - 2 && t.y <= box.bottom + 2 && t.x >= box.left - 2 && t.x <= box.right + 2)
            .map((t) => t.str)
            .join(' ');
          expect(printedHere.replace(/\s+/g, ''), `${id}: number printed beside its code`).to.contain(phone.display.replace(/\s+/g, ''));
          expect(decodeAt(printed, qr, jsQR), `${id}: QR code`).to.equal(tel);
        }
      } finally {
        await media('');
        restore();
      }
    });
  }

  it('the poster is worded from the dataset for the chosen audience and language', async () => {
    const el = await sheet('variant="poster" audience="parent"', 'de');
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.line')].map((l) => l.dataset.id);
    expect(ids).to.deep.equal(dataset.hotline_sets.audiences.parent);
    for (const id of ids) {
      const h = dataset.hotlines.find((x) => x.id === id)!;
      const row = el.shadowRoot!.querySelector(`.line[data-id="${id}"]`)!;
      expect(text(row.querySelector('.line-title'))).to.equal(h.title.de);
      expect(text(row.querySelector('.line-for'))).to.equal((h.for_audience?.parent ?? h.for).de);
    }
    await expect(el).to.be.accessible();
  });

  for (const variant of ['poster', 'cards']) {
    for (const locale of ['en', 'fr', 'de', 'lb', 'pt']) {
      it(`${variant} · ${locale}: no axe violations (light and dark)`, async () => {
        for (const theme of ['light', 'dark']) {
          const el = await sheet(`variant="${variant}" theme="${theme}" audience="teen"`, locale);
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('an unknown variant still warns once and falls back to the bar', async () => {
    const warnings = captureWarnings();
    try {
      const el = await sheet('variant="poster"', 'en');
      expect(el.shadowRoot!.querySelector('.poster')).to.exist;
      el.setAttribute('variant', 'flyer');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.base.bar')).to.exist;
      expect(warnings.messages.filter((m) => m.includes('flyer')).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });
});
