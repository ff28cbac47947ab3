import { DataPack } from '../data/pack.js';
import type { Locale } from '../data/types.js';
import { loadChecker } from './data-source-module.js';
import { warnOnce } from './warn.js';

/** The packs of a checked `data-src` dataset, by pack name (`banner`, `forum`, `rights`, `directory`). */
export type RemotePacks = ReadonlyMap<string, DataPack<unknown>>;

const datasets = new Map<string, Promise<RemotePacks | undefined>>();

/**
 * The packs of the dataset at `src` (relative to the page), or undefined after one warning
 * naming the URL and the first problem. Each URL is fetched once per page, however many
 * widgets name it. The checker (schema validator, checks, packer) is loaded only here.
 */
export function loadDataSource(src: string): Promise<RemotePacks | undefined> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    warnOnce(`data-src "${src}" is not a URL; showing the bundled data.`);
    return Promise.resolve(undefined);
  }
  let pending = datasets.get(url);
  if (!pending) {
    const fail = (problem: string) => {
      warnOnce(`data-src "${src}": ${problem}; showing the bundled data.`);
      return undefined;
    };
    pending = loadChecker().then(
      ({ fetchDataset }) =>
        fetchDataset(url).then((result) =>
          'problem' in result
            ? fail(result.problem)
            : new Map(Object.entries(result.packs).map(([name, { core, tables }]) => [name, new DataPack<unknown>(name, core as never, {}, tables as Record<Locale, string[]>)])),
        ),
      (error: unknown) => fail(`could not load the dataset checker (${String(error)})`),
    );
    datasets.set(url, pending);
  }
  return pending;
}
