/**
 * A dataset the page names with `data-src` (SPEC §3), loaded only on pages that use it
 * (KannerElement imports it dynamically, through src/core/data-source-module.ts: it carries the schema
 * validator). Checked by the same
 * module as the publisher's `validate` command and the data tests (dataset-check.mjs:
 * the schema through the validator compiled at build time — no eval, so a strict CSP
 * holds — then ids, references, phone numbers, every locale); then split into packs by
 * the same code as the build (packer.mjs). On any failure one warning names the URL and
 * the first problem (its JSON path), and the widgets keep their bundled data.
 */
import validateSchema from '../generated/data/schema-validator.js';
import { checkDataset } from './dataset-check.mjs';
import { packDataset, type SplitPack } from './packer.mjs';
import type { PackView } from './pack.js';
import type { Dataset } from './types.js';

/**
 * What became of a dataset: its packs (`banner`, `forum`, `rights`, `directory`, each a core
 * and one string table per locale), or the first problem, in words, for the one warning.
 * This module imports nothing at run time (no Lit, no core): in `kanner.bundle.js` pages it
 * is the separate file `kanner-data-src.js`, so the single file does not carry it.
 */
export type DatasetResult = { packs: Record<string, SplitPack> } | { problem: string };

/** The packs of a dataset by name, each with its text in every language. */
export type RemotePacks = Map<string, PackView<unknown>>;

const datasets = new Map<string, Promise<RemotePacks | undefined>>();

/** A pack as a widget reads it (a `PackView`, like a bundled `DataPack` with every language loaded). */
function view([name, { core, tables }]: [string, SplitPack]): [string, PackView<unknown>] {
  return [name, { name, core: core as never, text: (ref, locale) => (ref === undefined ? '' : (tables[locale]?.[ref] ?? '')) }];
}
const said = new Set<string>();

/**
 * The packs of the dataset at `src` (relative to the page), or undefined after one warning
 * naming the URL and the first problem. Each URL is fetched once per page, however many
 * widgets name it (this module is one instance per page, whichever build imported it).
 */
export function loadDataset(src: string): Promise<RemotePacks | undefined> {
  const warn = (problem: string) => {
    const message = `[kanner-widgets] data-src "${src}": ${problem}; showing the bundled data.`;
    if (!said.has(message)) console.warn(message);
    said.add(message);
    return undefined;
  };
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve(warn('is not a URL'));
  }
  let pending = datasets.get(url);
  if (!pending) {
    pending = fetchDataset(url).then((result) => ('problem' in result ? warn(result.problem) : new Map(Object.entries(result.packs).map(view))));
    datasets.set(url, pending);
  }
  return pending;
}

/** Fetches, checks and packs the dataset at `url` (absolute). Never throws. */
export async function fetchDataset(url: string): Promise<DatasetResult> {
  let body: string;
  try {
    // The host's own server (SPEC §3): no credentials for another origin.
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { problem: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    body = await response.text();
  } catch (error) {
    return { problem: `could not be fetched (${String(error)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { problem: `$ is not valid JSON (${(error as Error).message})` };
  }
  const problems = checkDataset(data, validateSchema);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: run \`npx kanner-widgets validate\` on the file)` : '';
    return { problem: `${first.path} ${first.message}${more}` };
  }
  try {
    return { packs: packDataset(data as Dataset) };
  } catch (error) {
    return { problem: `could not be read (${String(error)})` };
  }
}
