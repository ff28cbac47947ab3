/**
 * A dataset the page names with `data-src` (SPEC §3), loaded only on pages that use it
 * (KannerElement imports this module dynamically: it carries the schema validator).
 *
 * Fetched once per URL per page, whatever the number of widgets; checked by the same
 * module as the publisher's `validate` command and the data tests (dataset-check.mjs:
 * the schema through the validator compiled at build time — no eval, so a strict CSP
 * holds — then ids, references, phone numbers, every locale); then split into packs by
 * the same code as the build (packer.mjs). On any failure the widgets keep their bundled
 * data and one warning names the URL and the first problem (its JSON path).
 */
import validateSchema from '../generated/data/schema-validator.js';
import { warnOnce } from '../core/warn.js';
import { checkDataset } from './dataset-check.mjs';
import { DataPack } from './pack.js';
import { packDataset } from './packer.mjs';
import type { Dataset, Locale } from './types.js';

/** The packs of a checked dataset, by pack name (`banner`, `forum`, `rights`, `directory`). */
export type RemotePacks = ReadonlyMap<string, DataPack<unknown>>;

const datasets = new Map<string, Promise<RemotePacks | undefined>>();

/** The packs of the dataset at `src` (relative to the page), or undefined after a warning. */
export function loadDataset(src: string): Promise<RemotePacks | undefined> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    warnOnce(`data-src "${src}" is not a URL; showing the bundled data.`);
    return Promise.resolve(undefined);
  }
  let pending = datasets.get(url);
  if (!pending) {
    pending = fetchDataset(src, url);
    datasets.set(url, pending);
  }
  return pending;
}

async function fetchDataset(src: string, url: string): Promise<RemotePacks | undefined> {
  const fail = (problem: string) => {
    warnOnce(`data-src "${src}": ${problem}; showing the bundled data.`);
    return undefined;
  };
  let body: string;
  try {
    // The host's own server (SPEC §3): no credentials for another origin.
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    body = await response.text();
  } catch (error) {
    return fail(`could not be fetched (${String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(`$ is not valid JSON (${(error as Error).message})`);
  }
  const problems = checkDataset(data, validateSchema);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: run \`npx kanner-widgets validate\` on the file)` : '';
    return fail(`${first.path} ${first.message}${more}`);
  }
  try {
    const packs = packDataset(data as Dataset);
    return new Map(
      Object.entries(packs).map(([name, { core, tables }]) => [name, new DataPack<unknown>(name, core as never, {}, tables as Record<Locale, string[]>)]),
    );
  } catch (error) {
    return fail(`could not be read (${String(error)})`);
  }
}
