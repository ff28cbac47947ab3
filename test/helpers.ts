import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import data from '../src/data/kanner-data.json' with { type: 'json' };
import type { Dataset, Locale } from '../src/data/types.js';
import type { KannerElement } from '../src/core/kanner-element.js';

export const dataset = data as unknown as Dataset;
export const LOCALES: Locale[] = ['en', 'fr', 'de', 'lb', 'pt'];
export const THEMES = ['light', 'dark'] as const;

/** Collects console.warn calls while `run` executes (and after, until `restore`). */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Renders `template` and waits until the kanner element in it has rendered in its language. */
export async function render<T extends KannerElement>(template: TemplateResult, locale?: Locale): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el, locale);
  return el;
}

/** Waits until `el` renders in `locale` (or whatever it resolved to) with content. */
export async function settled(el: KannerElement, locale?: Locale): Promise<void> {
  await waitUntil(
    () => el.hasUpdated && !!el.shadowRoot?.firstElementChild && (!locale || el.currentLocale === locale),
    `element did not render${locale ? ` in ${locale}` : ''}`,
    { timeout: 4000 },
  );
  await el.updateComplete;
}

/** Visible text of a node, whitespace folded. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The localized dataset text of a hotline's title. */
export function hotlineTitle(id: string, locale: Locale): string {
  const h = dataset.hotlines.find((x) => x.id === id);
  if (!h) throw new Error(`no hotline ${id}`);
  return h.title[locale];
}

/** The tel: URL a hotline must link to, from the dataset itself. */
export function expectedTel(id: string): string {
  const h = dataset.hotlines.find((x) => x.id === id)!;
  const phone = dataset.phones.find((p) => p.id === h.phone_id)!;
  return `tel:${phone.number}`;
}

/** Stops clicks on tel: links from leaving the test page (our own handlers still run). */
export function blockNavigation(): () => void {
  const stop = (e: Event) => {
    const path = e.composedPath();
    if (path.some((n) => n instanceof HTMLAnchorElement)) e.preventDefault();
  };
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

/** The first element in a widget's shadow root matching `selector` (it must be there). */
export function $<T extends Element>(el: Element, selector: string): T {
  return el.shadowRoot!.querySelector<T>(selector)!;
}

/** The ids of a finder's result cards, in order. */
export function cards(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id!);
}

/** Types `words` into a finder's search box as a reader would (clearing it first). */
export async function type(el: KannerElement, words: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (words) await sendKeys({ type: words });
  await el.updateComplete;
}

/** Chooses `value` in a finder's select `name`, as a reader would. */
export async function choose(el: KannerElement, name: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** What a test page loaded into a frame records (test/fixtures/error-trap.js, csp-trap.js). */
export type TrappedWindow = Window & { __errors?: string[]; __violations?: string[]; __warnings?: string[]; __pwned?: number };

/** Loads a test page into a 1024 × 800 iframe and waits for its load event. */
export async function loadPage(src: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: TrappedWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as TrappedWindow };
}
