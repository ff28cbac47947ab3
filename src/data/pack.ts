import type { LocaleResource } from '../core/locale-controller.js';
import type { Locale, LocalizedText } from './types.js';

/** Index into a pack's per-locale string table; stands where the source has a LocalizedText. */
export type TextRef = number;

/** The dataset shape with every LocalizedText replaced by a TextRef (what the build emits). */
export type Packed<T> = T extends LocalizedText
  ? TextRef
  : T extends readonly (infer U)[]
    ? Packed<U>[]
    : T extends object
      ? { [K in keyof T]: Packed<T[K]> }
      : T;

type TextLoader = () => Promise<{ default: readonly string[] }>;

/**
 * What a widget reads of a pack: its core and its text. A `DataPack`, or the same pack cut
 * from a `data-src` dataset (src/data/remote.ts), which carries every language at once.
 */
export interface PackView<Core> {
  readonly name: string;
  readonly core: Packed<Core>;
  text(ref: TextRef | undefined, locale: Locale): string;
}

/**
 * One slice of the dataset, split by `scripts/build-data.mjs`: `core` holds structure,
 * numbers and hours (no prose); the prose of each locale is a string table loaded on
 * demand, so a page downloads only its own language (the tests guarantee every table is
 * complete, so no language needs another as a fallback).
 */
export class DataPack<Core> implements LocaleResource, PackView<Core> {
  private readonly tables = new Map<Locale, readonly string[]>();
  private readonly pending = new Map<Locale, Promise<void>>();

  constructor(
    readonly name: string,
    readonly core: Packed<Core>,
    private readonly loaders: Partial<Record<Locale, TextLoader>>,
  ) {}

  isLoaded(locale: Locale): boolean {
    return this.tables.has(locale);
  }

  load(locale: Locale): Promise<void> {
    if (this.tables.has(locale)) return Promise.resolve();
    const loader = this.loaders[locale];
    if (!loader) return Promise.reject(new Error(`no "${locale}" text in data pack "${this.name}"`));
    let pending = this.pending.get(locale);
    if (!pending) {
      pending = loader().then((module) => {
        this.tables.set(locale, module.default);
      });
      pending.catch(() => this.pending.delete(locale));
      this.pending.set(locale, pending);
    }
    return pending;
  }

  /** The text of `ref` in `locale` (empty until that locale's table is loaded). */
  text(ref: TextRef | undefined, locale: Locale): string {
    if (ref === undefined) return '';
    return this.tables.get(locale)?.[ref] ?? '';
  }
}
