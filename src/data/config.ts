/**
 * What `data-src`, `stale-after-months` and the page's `kanner-config` mean for one widget,
 * loaded (a small chunk) only on pages that use one of them: the months after which a fact
 * is old, and the packs of a checked `data-src` dataset (the checker itself is another
 * module, loaded only for a data-src). Every bad value warns once and falls back.
 */
import type { RemotePacks } from './remote.js';
import { loadChecker } from './data-source-module.js';
import { warnOnce } from '../core/warn.js';

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

const TAG = '<script id="kanner-config">';

/** The page's configuration (read anew each time: it is small, and a page may add it late). */
export function pageConfig(): PageConfig {
  const json = typeof document === 'undefined' ? undefined : document.getElementById('kanner-config')?.textContent;
  if (!json?.trim()) return {};
  let raw: Record<string, unknown> | undefined;
  try {
    raw = JSON.parse(json);
  } catch {
    // handled below
  }
  if (!raw || typeof raw !== 'object') {
    warnOnce(`${TAG} is not a JSON object; ignoring it.`);
    return {};
  }
  const src = raw['data-src'];
  const months = raw['stale-after-months'];
  const config: PageConfig = { staleAfterMonths: monthsOf(months) };
  if (typeof src === 'string' && src.trim()) config.dataSrc = src.trim();
  else if (src !== undefined) warnOnce(`${TAG} "data-src" is not a URL; showing the bundled data.`);
  if (months !== undefined && !config.staleAfterMonths) warnOnce(`${TAG} "stale-after-months": ${JSON.stringify(months)} is not a positive whole number; using 12.`);
  return config;
}

/** A positive whole number of months (number or numeric string), else undefined. */
export function monthsOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return Number.isInteger(n) && (n as number) > 0 ? (n as number) : undefined;
}

export async function configure(tag: string, dataSrc: string | null, staleAfterMonths: string | null): Promise<{ months: number; packs?: RemotePacks }> {
  const config = pageConfig();
  let months = config.staleAfterMonths ?? 12;
  if (staleAfterMonths) {
    const own = monthsOf(staleAfterMonths);
    if (own) months = own;
    else warnOnce(`<${tag}> stale-after-months="${staleAfterMonths}" is not a positive whole number; using ${months}.`);
  }
  const src = dataSrc?.trim() || config.dataSrc;
  if (!src) return { months };
  const packs = await loadChecker().then(
    (checker) => checker.loadDataset(src),
    (error: unknown) => warnOnce(`data-src "${src}": could not load its checker (${String(error)}); showing the bundled data.`),
  );
  return packs ? { months, packs } : { months };
}
