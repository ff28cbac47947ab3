import type { KannerContactDetail } from '../../core/events.js';
import type { Locale } from '../../core/locales.js';
import type { Packed, TextRef } from '../../data/pack.js';
import type { DirectoryData } from '../../data/packs.js';
import type { ServiceEntry } from './finder-logic.js';

/**
 * What the finder's parts (form, result card, results list) need from the element while
 * it renders: its language, its clock, its data text and its event. They are plain
 * template functions called inside the element's render, so `msg()` answers in the
 * widget's own language.
 */
export interface FinderView {
  readonly locale: Locale;
  readonly now: Date;
  readonly compact: boolean;
  /** The directory it shows: bundled, or its `data-src` dataset's. */
  readonly data: Packed<DirectoryData>;
  /** True when a fact checked on `verified` is older than the widget allows (freshness note). */
  stale(verified: string | undefined): boolean;
  /** Data text in the widget's language. */
  t(ref: TextRef | undefined): string;
  /** Fires `kanner-contact` for a link the reader activated. */
  contact(entry: ServiceEntry | undefined, id: string, channel: KannerContactDetail['channel'], href: string): void;
}
