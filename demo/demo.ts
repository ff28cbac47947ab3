import '../src/define.js';

const LOCALES = { en: 'English', fr: 'Français', de: 'Deutsch', lb: 'Lëtzebuergesch', pt: 'Português' } as const;
const form = document.getElementById('controls') as HTMLFormElement;
const stage = document.getElementById('stage')!;
const snippet = document.getElementById('snippet') as HTMLTextAreaElement;

function update(): void {
  const data = new FormData(form);
  const widget = String(data.get('widget'));
  const attrs: [string, string][] = [['lang', String(data.get('lang'))]];
  if (data.get('theme') !== 'auto') attrs.push(['theme', String(data.get('theme'))]);
  if (widget === 'kanner-hotline-banner') {
    if (data.get('variant') !== 'bar') attrs.push(['variant', String(data.get('variant'))]);
    if (data.get('audience')) attrs.push(['audience', String(data.get('audience'))]);
    if (data.get('quick-exit')) attrs.push(['quick-exit', '']);
    if (data.get('dismissible')) attrs.push(['dismissible', '']);
  }
  for (const name of ['variant', 'audience', 'quick-exit', 'dismissible']) {
    const control = form.elements.namedItem(name) as HTMLInputElement;
    control.disabled = widget !== 'kanner-hotline-banner';
  }
  const el = document.createElement(widget);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  stage.className = `stage ${data.get('theme')}`;
  stage.replaceChildren(el);
  const attrText = attrs.map(([k, v]) => (v ? ` ${k}="${v}"` : ` ${k}`)).join('');
  snippet.value = `<script type="module" src="https://YOUR-SITE/kanner/kanner.js"></script>\n<${widget}${attrText}></${widget}>`;
}
form.addEventListener('change', update);
update();

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
