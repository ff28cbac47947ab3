/**
 * The page-wide part of the quick exit: ONE key listener and ONE pageshow listener for
 * the whole page, however many exits (standalone or inside banners), and even if two
 * copies of the library are loaded — the registry lives on `globalThis` under a
 * `Symbol.for` key, so every copy finds the same one.
 *
 * Shift pressed three times, at most 5 s apart, leaves the page. Left and right Shift
 * both count; a Shift used together with another key (a capital letter, Ctrl+Shift…)
 * does not; any other key resets the count.
 */

/** What a registered exit must offer (kept minimal: other copies of the library call it). */
export interface ExitTarget {
  exitBy(trigger: 'shift'): void;
  announce(remaining: number): void;
}

interface Registry {
  exits: ExitTarget[];
  count: number;
  last: number;
  /** Another key went down while Shift was held since its last keydown. */
  chorded: boolean;
  hidden?: { title: string };
  listening: boolean;
}

const KEY = Symbol.for('kanner-widgets.quick-exit.v1');
export const SHIFT_WINDOW_MS = 5000;
export const SHIFT_PRESSES = 3;

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= { exits: [], count: 0, last: 0, chorded: false, listening: false });
}

function onKeyDown(event: KeyboardEvent): void {
  const r = registry();
  if (event.key === 'Shift') {
    if (!event.repeat) r.chorded = event.ctrlKey || event.altKey || event.metaKey;
    return;
  }
  r.chorded = true;
  r.count = 0;
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift') return;
  const r = registry();
  const first = r.exits[0];
  if (r.chorded || !first) {
    r.chorded = false;
    r.count = 0;
    return;
  }
  const now = clock.now();
  if (r.count > 0 && now - r.last > SHIFT_WINDOW_MS) r.count = 0;
  r.count += 1;
  r.last = now;
  if (r.count >= SHIFT_PRESSES) {
    r.count = 0;
    first.exitBy('shift');
  } else {
    first.announce(SHIFT_PRESSES - r.count);
  }
}

function onPageShow(event: PageTransitionEvent): void {
  // Back/forward cache: the reader came back to the page we blanked; make it usable again.
  if (event.persisted) restorePage();
}

export function register(exit: ExitTarget): void {
  const r = registry();
  if (!r.exits.includes(exit)) r.exits.push(exit);
  if (!r.listening) {
    r.listening = true;
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
  }
}

export function unregister(exit: ExitTarget): void {
  const r = registry();
  r.exits = r.exits.filter((e) => e !== exit);
  if (r.exits.length === 0 && r.listening) {
    r.listening = false;
    r.count = 0;
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('pageshow', onPageShow);
  }
}

/** How many exits are registered (for tests and diagnostics). */
export function registeredExits(): number {
  return registry().exits.length;
}

/**
 * Blanks the page and its tab title at once, before the navigation starts, so nothing
 * sensitive stays on screen while the neutral page loads. CSSOM only (CSP-safe).
 */
export function blankPage(): void {
  const r = registry();
  if (!r.hidden) r.hidden = { title: document.title };
  document.title = '';
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
}

export function restorePage(): void {
  const r = registry();
  document.documentElement.style.removeProperty('visibility');
  if (r.hidden) {
    document.title = r.hidden.title;
    r.hidden = undefined;
  }
}

/** Time source for the 5-second window; replaced in tests. */
export const clock = {
  now: (): number => performance.now(),
};

/** The navigation itself; replaced in tests. `replace` keeps the page out of history. */
export const navigation = {
  leave(href: string): void {
    window.location.replace(href);
  },
};
