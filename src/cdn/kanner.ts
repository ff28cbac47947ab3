/**
 * `kanner.js` — the one `<script type="module">` a webmaster pastes. It finds the tags on
 * the page (now, or added later), resolves each one's language with the same rules as the
 * widgets' locale controller, and starts EVERY fetch that tag needs at once: the shared
 * core, the widget's code and its text chunk(s) in that language — one round trip after
 * kanner.js, no waterfall. What each widget needs is written into this file at build time
 * by `vite.cdn.config.ts` (the chunk manifest). Chunks load from `chunks/` beside this file.
 *
 * Host applications that render tags inside their own shadow roots call `discover(root)`.
 */
import { localeOf } from '../core/locales.js';

/**
 * Written by the build: `f` every chunk file (`chunks/<f>.js` beside kanner.js); `w` per tag the
 * indices of its code chunks and, per language, of its language chunks; `x` attributes of
 * a tag that bring another widget along (the banner's `quick-exit`).
 */
interface Manifest {
  f: string[];
  w: Record<string, [number[], Record<string, number[]>]>;
  x: Record<string, [string, string]>;
}
declare const __KANNER_MANIFEST__: Manifest;
const manifest = __KANNER_MANIFEST__;

const tags = Object.keys(manifest.w);
const started = new Set<number>();
const seen = new Set<string>();
const observers = new Map<Node, MutationObserver>();

function fetchChunks(tag: string, ids: readonly number[]): void {
  for (const id of ids) {
    if (started.has(id)) continue;
    started.add(id);
    const file = 'chunks/' + manifest.f[id]! + '.js'; // (a plain string: Vite leaves it alone)
    import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch((error: unknown) =>
      console.warn(`[kanner-widgets] could not load <${tag}> (${file}):`, error),
    );
  }
}

function want(tag: string, element: Element): void {
  const entry = manifest.w[tag];
  if (!entry) return;
  // One set of fetches per tag and language: a French and a German banner get both texts.
  const locale = localeOf(element);
  const key = `${tag} ${locale}`;
  if (seen.has(key)) return;
  seen.add(key);
  fetchChunks(tag, [...entry[0], ...(entry[1][locale] ?? [])]);
  const extra = manifest.x[tag];
  if (extra && element.hasAttribute(extra[0])) want(extra[1], element);
}

const selector = tags.join(',');

function visit(element: Element): void {
  if (!customElements.get(element.localName)) want(element.localName, element);
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) visit(root);
  root.querySelectorAll(selector).forEach(visit);
}

/** Looks only at what was added (cheap on pages that change a lot, e.g. applications). */
function added(records: MutationRecord[]): void {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
  // Once every tag is registered, each widget loads its own languages: stop watching.
  if (tags.every((tag) => customElements.get(tag))) {
    observers.forEach((observer) => observer.disconnect());
    observers.clear();
  }
}

/**
 * Finds kanner tags under `root` — the document, or a shadow root a host application
 * renders its own markup into — and keeps watching it for tags added later. `kanner.js`
 * does this for `document` by itself; call it once per shadow root that may hold a tag
 * (`import { discover } from '/kanner/kanner.js'; discover(this.shadowRoot)`).
 */
export function discover(root: Document | ShadowRoot | Element = document): void {
  scan(root);
  if (observers.has(root) || typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver(added);
  observer.observe(root, { childList: true, subtree: true });
  observers.set(root, observer);
}

/**
 * Says so, once, when a tag sits in a shadow root nobody asked kanner.js to watch (it would
 * otherwise never load, silently): checked once, a moment after the page has loaded.
 */
function hint(root: ParentNode = document): boolean {
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot;
    if (!inner || observers.has(inner)) continue;
    const tag = inner.querySelector(selector);
    if (tag && !customElements.get(tag.localName)) {
      console.warn(`[kanner-widgets] <${tag.localName}> is in the shadow root of <${element.localName}>: call discover() for it.`);
      return true;
    }
    if (hint(inner)) return true;
  }
  return false;
}

if (typeof document !== 'undefined') {
  discover(document);
  addEventListener('load', () => setTimeout(hint, 2000), { once: true });
}
