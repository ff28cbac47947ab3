import { warnOnce } from './warn.js';

/**
 * The page-level configuration every widget reads (SPEC §3):
 * `<script type="application/json" id="kanner-config">{"data-src": "/data/kanner.json", "stale-after-months": 12}</script>`.
 * A `type="application/json"` script is data, never run, so a strict CSP allows it.
 */
export interface PageConfig {
  /** A dataset to show instead of the bundled one (validated first; see src/data/remote.ts). */
  dataSrc?: string;
  /** Facts checked longer ago than this many months carry a "please check" note. */
  staleAfterMonths?: number;
}

const KEYS = ['data-src', 'stale-after-months'];

/** The page's configuration (read anew each time: it is small, and a page may add it late). */
export function pageConfig(): PageConfig {
  const element = typeof document === 'undefined' ? null : document.getElementById('kanner-config');
  if (!element?.textContent?.trim()) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(element.textContent);
  } catch (error) {
    warnOnce(`<script id="kanner-config"> is not JSON (${(error as Error).message}); ignoring it.`);
    return {};
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    warnOnce('<script id="kanner-config"> is not a JSON object; ignoring it.');
    return {};
  }
  const values = raw as Record<string, unknown>;
  const unknown = Object.keys(values).filter((k) => !KEYS.includes(k));
  if (unknown.length) warnOnce(`<script id="kanner-config">: unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}; known keys are ${KEYS.map((k) => `"${k}"`).join(', ')}.`);
  const config: PageConfig = {};
  const src = values['data-src'];
  if (typeof src === 'string' && src.trim()) config.dataSrc = src.trim();
  else if (src !== undefined) warnOnce(`<script id="kanner-config"> "data-src" is not a URL string; showing the bundled data.`);
  const months = values['stale-after-months'];
  if (months !== undefined) {
    const n = monthsOf(months);
    if (n) config.staleAfterMonths = n;
    else warnOnce(`<script id="kanner-config"> "stale-after-months": ${JSON.stringify(months)} is not a positive whole number; using 12.`);
  }
  return config;
}

/** A positive whole number of months (number or numeric string), else undefined. */
export function monthsOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** True when `verified` (YYYY-MM-DD) lies more than `months` months before `now`. */
export function isStale(verified: string, months: number, now: Date): boolean {
  const [y = 1970, m = 1, d = 1] = verified.split('-').map(Number);
  return Date.UTC(y, m - 1 + months, d) < now.getTime();
}
