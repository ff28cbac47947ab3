// Types of packer.mjs (plain JavaScript, shared by the build and the browser).
import type { Dataset } from './types.js';

/** One pack as the build splits it: the locale-free core and one string table per locale. */
export interface SplitPack {
  core: unknown;
  tables: Record<string, string[]>;
}

export const PACKS: Record<'banner' | 'forum' | 'rights' | 'directory', (data: Dataset) => unknown>;
export function split(slice: unknown, locales: readonly string[]): SplitPack;
export function packDataset(data: Dataset): Record<'banner' | 'forum' | 'rights' | 'directory', SplitPack>;
