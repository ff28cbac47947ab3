import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * SPEC §2 "Sizes follow the reader, not the host": every widget from the real script tag
 * (dist/cdn/kanner.js) on host pages whose CSS shrinks `rem` — a 62.5 % root (WordPress
 * themes), Bootstrap 5, a Tailwind-style preflight — renders exactly as on a page with no
 * CSS: same font sizes, same colours; contact links ≥ 44 × 44 px, other controls ≥ 24 × 24 px.
 * And the reader's own browser font-size setting still scales every widget.
 */
const TAGS = ['kanner-hotline-banner', 'kanner-quick-exit', 'kanner-service-finder', 'kanner-rights-explainer', 'kanner-parents-forum'];
const HOSTS: Record<string, string> = {
  'no host CSS': '',
  'html { font-size: 62.5% }': '<style>html { font-size: 62.5%; } body { font-size: 1.6rem; }</style>',
  'Bootstrap 5': '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">',
  'Tailwind preflight': '<link rel="stylesheet" href="/node_modules/tailwindcss/preflight.css">',
  '62.5 % root + Bootstrap 5': '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css"><style>html { font-size: 62.5%; } body { font-size: 1.6rem; }</style>',
};

function page(hostCss: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${hostCss}</head><body>
    <h1>A host page</h1><p>Host text.</p>
    <kanner-hotline-banner quick-exit></kanner-hotline-banner>
    <kanner-quick-exit></kanner-quick-exit>
    <kanner-service-finder></kanner-service-finder>
    <kanner-rights-explainer layout="spotlight"></kanner-rights-explainer>
    <kanner-parents-forum></kanner-parents-forum>
    <script type="module" src="/dist/cdn/kanner.js"></script></body></html>`;
}

async function load(hostCss: string, width = 1024) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.srcdoc = page(hostCss);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => TAGS.every((t) => [...doc.querySelectorAll(t)].every((e) => (e as HTMLElement & { hasUpdated?: boolean }).hasUpdated && e.shadowRoot?.firstElementChild)),
    'every widget rendered',
    { timeout: 10000 },
  );
  const exit = doc.querySelector('kanner-hotline-banner')!.shadowRoot!.querySelector('kanner-quick-exit');
  await waitUntil(() => exit?.shadowRoot?.querySelector('button'), 'the banner’s quick exit rendered', { timeout: 10000 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { frame, doc, win: frame.contentWindow! };
}

/** Every element inside every widget (nested shadow roots included), in document order. */
function inside(doc: Document): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const e of root.querySelectorAll('*')) {
      out.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  for (const t of TAGS) for (const e of doc.querySelectorAll(t)) walk(e.shadowRoot!);
  return out;
}

const shown = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};

function measure(doc: Document, win: Window) {
  const elements = inside(doc);
  const style = (e: Element) => win.getComputedStyle(e);
  return {
    hosts: TAGS.map((t) => style(doc.querySelector(t)!).fontSize),
    fonts: elements.map((e) => style(e).fontSize),
    colours: elements.map((e) => `${style(e).color} on ${style(e).backgroundColor}`),
    tel: elements.filter((e) => e.matches('a[href^="tel:"]') && shown(e)),
    controls: elements.filter((e) => e.matches('button, input:not([type=hidden]), select, summary') && shown(e)),
    digits: style(doc.querySelector('kanner-hotline-banner')!.shadowRoot!.querySelector('.digits')!).fontSize,
  };
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Colour of `e`'s text against the first opaque background behind it (through shadow roots). */
function contrast(e: Element, win: Window): number {
  let node: Element | null = e;
  let bg = 'rgb(255, 255, 255)';
  while (node) {
    const c = win.getComputedStyle(node).backgroundColor;
    if (c && c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c)) {
      bg = c;
      break;
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  const [a, b] = [luminance(win.getComputedStyle(e).color), luminance(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

const size = (e: Element) => {
  const r = e.getBoundingClientRect();
  const host = (e.getRootNode() as ShadowRoot).host?.localName;
  return `${host} ${e.localName}${e.className ? `.${String(e.className).trim().replace(/\s+/g, '.')}` : ''}${e.getAttribute('href') ? `[${e.getAttribute('href')}]` : ''} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
};

describe('host CSS cannot resize the widgets (SPEC §2)', function () {
  this.timeout(60000);
  let baseline: ReturnType<typeof measure>;

  before(async () => {
    const { frame, doc, win } = await load('');
    baseline = measure(doc, win);
    frame.remove();
  });

  it('on a page with no CSS the text follows the reader’s default size (16 px), numbers 25.6 px', () => {
    expect(baseline.hosts).to.deep.equal(TAGS.map(() => '16px'));
    expect(baseline.digits).to.equal('25.6px');
  });

  for (const [name, css] of Object.entries(HOSTS)) {
    for (const width of [1024, 360]) {
      it(`${name}, ${width} px: same font sizes and colours; contact links ≥ 44 × 44 px, other controls ≥ 24 × 24 px, contrast ≥ 4.5:1`, async () => {
        const { frame, doc, win } = await load(css, width);
        try {
          const m = measure(doc, win);
          expect(m.hosts).to.deep.equal(TAGS.map(() => '16px'));
          if (width === 1024) {
            expect(m.fonts).to.deep.equal(baseline.fonts);
            expect(m.colours).to.deep.equal(baseline.colours);
          }
          expect(m.tel.length).to.be.greaterThan(10);
          expect(m.tel.filter((e) => e.getBoundingClientRect().width < 44 || e.getBoundingClientRect().height < 44).map(size)).to.deep.equal([]);
          expect(m.controls.length).to.be.greaterThan(5);
          expect(m.controls.filter((e) => e.getBoundingClientRect().width < 24 || e.getBoundingClientRect().height < 24).map(size)).to.deep.equal([]);
          const low = m.tel.map((e) => [size(e), contrast(e, win)] as const).filter(([, c]) => c < 4.5);
          expect(low).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('the reader’s larger default font size (browser setting 20 px) scales every widget, on a 62.5 % + Bootstrap page too', async () => {
    await executeServerCommand('set-default-font-size', { px: 20 });
    try {
      for (const css of [HOSTS['no host CSS']!, HOSTS['62.5 % root + Bootstrap 5']!]) {
        const { frame, doc, win } = await load(css);
        try {
          const m = measure(doc, win);
          expect(m.hosts).to.deep.equal(TAGS.map(() => '20px'));
          expect(m.digits).to.equal('32px');
        } finally {
          frame.remove();
        }
      }
    } finally {
      await executeServerCommand('set-default-font-size', { px: 16 });
    }
  });

  it('--kanner-font-size on the host still sets the size on purpose', async () => {
    const { frame, doc, win } = await load('<style>html { font-size: 62.5%; } kanner-hotline-banner { --kanner-font-size: 18px; }</style>');
    try {
      expect(win.getComputedStyle(doc.querySelector('kanner-hotline-banner')!).fontSize).to.equal('18px');
      expect(measure(doc, win).digits).to.equal('28.8px');
    } finally {
      frame.remove();
    }
  });
});
