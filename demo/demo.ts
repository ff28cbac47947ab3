import '../src/define.js';
// The need ids from the one list (the dataset's taxonomy grows; ids are only ever added).
import { NEEDS } from '../src/data/types.js';
import { fallbackMarkup } from './fallback.js';
import type { Locale } from '../src/data/types.js';

const LOCALES = { en: 'English', fr: 'Français', de: 'Deutsch', lb: 'Lëtzebuergesch', pt: 'Português' } as const;
// ——— Embed builder: every widget's public attributes (SPEC §2), one control each ———
type Control = { name: string; kind: 'select' | 'check' | 'text' | 'number'; options?: readonly string[]; hint?: string };
const CANTONS = ['capellen', 'clervaux', 'diekirch', 'echternach', 'esch-sur-alzette', 'grevenmacher', 'luxembourg', 'mersch', 'redange', 'remich', 'vianden', 'wiltz'];
const AUDIENCE = ['child', 'teen', 'young-adult', 'parent', 'professional'];
const COMMON: Control[] = [
  { name: 'lang', kind: 'select', options: ['', ...Object.keys(LOCALES)], hint: 'empty: the page language' },
  { name: 'theme', kind: 'select', options: ['', 'auto', 'light', 'dark'] },
];
const WIDGETS: Record<string, Control[]> = {
  'kanner-hotline-banner': [
    { name: 'variant', kind: 'select', options: ['', 'bar', 'card', 'compact', 'poster', 'cards'] },
    { name: 'audience', kind: 'select', options: ['', ...AUDIENCE] },
    { name: 'contacts', kind: 'text', hint: 'e.g. 112,116111,116000' },
    { name: 'sticky', kind: 'select', options: ['', 'top', 'bottom'] },
    { name: 'dismissible', kind: 'check' },
    { name: 'quick-exit', kind: 'check' },
    { name: 'exit-href', kind: 'text', hint: 'https://…' },
  ],
  'kanner-quick-exit': [{ name: 'href', kind: 'text', hint: 'https://…' }],
  'kanner-service-finder': [
    { name: 'need', kind: 'select', options: ['', ...NEEDS] },
    { name: 'audience', kind: 'select', options: ['', ...AUDIENCE] },
    { name: 'region', kind: 'select', options: ['', ...CANTONS] },
    { name: 'max-results', kind: 'number' },
    { name: 'layout', kind: 'select', options: ['', 'full', 'compact'] },
  ],
  'kanner-rights-explainer': [
    { name: 'age', kind: 'select', options: ['', 'young', 'teen', 'adult'] },
    { name: 'group', kind: 'select', options: ['', 'all', 'provision', 'protection', 'participation'] },
    { name: 'article', kind: 'number', hint: '1–54' },
    { name: 'layout', kind: 'select', options: ['', 'accordion', 'cards', 'spotlight'] },
  ],
  'kanner-parents-forum': [
    { name: 'variant', kind: 'select', options: ['', 'card', 'inline', 'compact'] },
    { name: 'topics', kind: 'number' },
    { name: 'target', kind: 'select', options: ['', '_self', '_blank'] },
  ],
};

const form = document.getElementById('controls') as HTMLFormElement;
const stage = document.getElementById('stage')!;
let widget = 'kanner-hotline-banner';

function field(c: Control): HTMLElement {
  const label = document.createElement('label');
  const id = `opt-${c.name}`;
  label.htmlFor = id;
  label.textContent = c.name;
  let input: HTMLInputElement | HTMLSelectElement;
  if (c.kind === 'select') {
    input = document.createElement('select');
    for (const o of c.options ?? []) input.add(new Option(o || '(default)', o));
  } else {
    input = document.createElement('input');
    input.type = c.kind === 'check' ? 'checkbox' : c.kind;
    if (c.hint) input.placeholder = c.hint;
  }
  input.id = id;
  input.name = c.name;
  const wrap = document.createElement('div');
  wrap.className = c.kind === 'check' ? 'field check' : 'field';
  wrap.append(label, input);
  return wrap;
}

function buildForm(): void {
  const picker = document.createElement('select');
  picker.id = 'opt-widget';
  picker.name = 'widget';
  for (const tag of Object.keys(WIDGETS)) picker.add(new Option(tag, tag, false, tag === widget));
  const label = document.createElement('label');
  label.htmlFor = 'opt-widget';
  label.textContent = 'widget';
  const first = document.createElement('div');
  first.className = 'field';
  first.append(label, picker);
  form.replaceChildren(first, ...[...COMMON, ...WIDGETS[widget]!].map(field));
}

/** Renders `tag` off-screen at `width` px and returns its height in em of its own font size. */
async function heightAt(tag: HTMLElement, width: number): Promise<number> {
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:-99999px;top:0;width:${width}px`;
  const clone = tag.cloneNode(true) as HTMLElement & { updateComplete?: Promise<unknown>; hasUpdated?: boolean };
  box.append(clone);
  document.body.append(box);
  try {
    for (let i = 0; i < 100 && !clone.hasUpdated; i++) await new Promise((r) => setTimeout(r, 20));
    await clone.updateComplete;
    return clone.getBoundingClientRect().height / parseFloat(getComputedStyle(clone).fontSize);
  } finally {
    box.remove();
  }
}

/**
 * The page-side part of the snippet: reserves the widget's height before it upgrades, for
 * phones, tablets and desktops (measured from the live widget at the narrow end of each
 * range less page margins — 344, 608 and 960 px wide —, in em of the reader's default font
 * size, capped at one screen: what moves below the screen is no visible jump), so the page
 * does not jump when the widget replaces its fallback.
 */
async function reserve(tag: HTMLElement): Promise<string> {
  if (tag.localName === 'kanner-quick-exit') return '';
  const [phone, tablet, wide] = await Promise.all([heightAt(tag, 344), heightAt(tag, 608), heightAt(tag, 960)]);
  const h = (n: number) => `min-height: min(${Math.round(n * 10) / 10}em, 100vh);`;
  const sel = `${tag.localName}:not(:defined)`;
  return [
    '<style>',
    `  ${sel} { display: block; font-size: medium; ${h(phone)} }`,
    `  @media (min-width: 40em) { ${sel} { ${h(tablet)} } }`,
    `  @media (min-width: 64em) { ${sel} { ${h(wide)} } }`,
    '</style>',
    '',
  ].join('\n');
}

let generation = 0;
async function update(): Promise<void> {
  const mine = ++generation;
  const attrs: [string, string][] = [];
  for (const c of [...COMMON, ...WIDGETS[widget]!]) {
    const input = form.elements.namedItem(c.name) as HTMLInputElement | HTMLSelectElement;
    if (c.kind === 'check') {
      if ((input as HTMLInputElement).checked) attrs.push([c.name, '']);
    } else if (input.value.trim()) attrs.push([c.name, input.value.trim()]);
  }
  const el = document.createElement(widget);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  const theme = attrs.find(([k]) => k === 'theme')?.[1];
  stage.className = `stage ${theme ?? ''}`;
  stage.replaceChildren(el);
  const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const locale = (attrs.find(([k]) => k === 'lang')?.[1] || 'en') as Locale;
  const fallback = fallbackMarkup(widget, Object.fromEntries(attrs), locale).replace(/^/gm, '  ');
  const tag = `<${widget}${attrs.map(([k, v]) => (v ? ` ${k}="${escape(v)}"` : ` ${k}`)).join('')}>\n${fallback}\n</${widget}>`;
  const style = await reserve(el);
  if (mine !== generation) return;
  (document.getElementById('snippet-module') as HTMLTextAreaElement).value = `<script type="module" src="/kanner/kanner.js"></script>\n${style}${tag}`;
  (document.getElementById('snippet-classic') as HTMLTextAreaElement).value = `<script src="/kanner/kanner.bundle.js"${sri('kanner.bundle.js')} defer></script>\n${style}${tag}`;
}

// The single file's Subresource Integrity hash, from the build (dist/cdn/integrity.json).
let integrity: Record<string, string> = {};
const sri = (file: string) => (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');
fetch(new URL('../dist/cdn/integrity.json', import.meta.url))
  .then((r) => (r.ok ? r.json() : {}))
  .then((hashes: Record<string, string>) => {
    integrity = hashes;
    update();
  })
  .catch(() => undefined);

form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).id === 'opt-widget') {
    widget = (event.target as HTMLSelectElement).value;
    buildForm();
  }
  void update();
});
form.addEventListener('input', () => void update());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', async () => {
    const text = (document.getElementById(button.dataset.for!) as HTMLTextAreaElement).value;
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    document.getElementById('copied')!.textContent = 'Snippet copied.';
  });
}
buildForm();
void update();

// Print: only the stage (the widget as configured), everything else on the page hidden.
document.getElementById('print')!.addEventListener('click', () => {
  document.body.classList.add('printing-stage');
  addEventListener('afterprint', () => document.body.classList.remove('printing-stage'), { once: true });
  print();
});

const gallery = document.getElementById('gallery')!;
for (const [lang, name] of Object.entries(LOCALES)) {
  for (const theme of ['light', 'dark']) {
    const block = document.createElement('section');
    block.className = `tile ${theme}`;
    block.lang = lang;
    const h = document.createElement('h3');
    h.textContent = `${name} · ${theme}`;
    block.append(h);
    for (const variant of ['compact', 'card', 'bar']) {
      const banner = document.createElement('kanner-hotline-banner');
      banner.setAttribute('variant', variant);
      banner.setAttribute('theme', theme);
      if (variant === 'card') banner.setAttribute('quick-exit', '');
      block.append(banner);
    }
    const exit = document.createElement('kanner-quick-exit');
    exit.setAttribute('theme', theme);
    block.append(exit);
    gallery.append(block);
  }
}

// The Parents' Forum teaser in its three variants.
const forumBox = document.getElementById('forum')!;
for (const [lang, variant, theme] of [
  ['pt', 'card', 'light'],
  ['de', 'inline', 'dark'],
  ['fr', 'compact', 'light'],
]) {
  const el = document.createElement('kanner-parents-forum');
  el.lang = lang!;
  el.setAttribute('variant', variant!);
  el.setAttribute('theme', theme!);
  forumBox.append(el);
}

// The rights explainer in its three layouts, three reading levels, three languages.
const rightsBox = document.getElementById('rights')!;
for (const [lang, age, layout, theme] of [
  ['lb', 'young', 'spotlight', 'light'],
  ['pt', 'teen', 'accordion', 'dark'],
  ['de', 'adult', 'cards', 'light'],
]) {
  const el = document.createElement('kanner-rights-explainer');
  el.lang = lang!;
  el.setAttribute('age', age!);
  el.setAttribute('layout', layout!);
  el.setAttribute('theme', theme!);
  if (layout === 'cards') el.setAttribute('group', 'participation');
  rightsBox.append(el);
}

// Two finders side by side, in two languages (each resolves its own).
const finders = document.getElementById('finders')!;
for (const [lang, theme] of [['fr', 'light'], ['pt', 'dark']]) {
  const finder = document.createElement('kanner-service-finder');
  finder.lang = lang!;
  finder.setAttribute('theme', theme!);
  finder.setAttribute('max-results', '4');
  finders.append(finder);
}
