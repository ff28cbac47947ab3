/**
 * A dataset the page names with `data-src` (SPEC §3), loaded only on pages that use it
 * (src/core/data-source.ts imports this module dynamically: it carries the schema
 * validator). Checked by the same
 * module as the publisher's `validate` command and the data tests (dataset-check.mjs:
 * the schema through the validator compiled at build time — no eval, so a strict CSP
 * holds — then ids, references, phone numbers, every locale); then split into packs by
 * the same code as the build (packer.mjs). On any failure it says what the first problem
 * is (its JSON path); data-source.ts warns once and the widgets keep their bundled data.
 */
import validateSchema from '../generated/data/schema-validator.js';
import { checkDataset } from './dataset-check.mjs';
import { packDataset, type SplitPack } from './packer.mjs';
import type { Dataset } from './types.js';

/**
 * What became of a dataset: its packs (`banner`, `forum`, `rights`, `directory`, each a core
 * and one string table per locale), or the first problem, in words, for the one warning.
 * This module imports nothing at run time (no Lit, no core): in `kanner.bundle.js` pages it
 * is the separate file `kanner-data-src.js`, so the single file does not carry it.
 */
export type DatasetResult = { packs: Record<string, SplitPack> } | { problem: string };

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
