import type { Hotline, HotlineSets, Phone, Schedule } from './types.js';

/**
 * What each data pack holds. `scripts/build-data.mjs` selects exactly these parts of
 * `kanner-data.json`; keep the two in step.
 */
export interface BannerData {
  version: string;
  hotlines: Hotline[];
  hotline_sets: HotlineSets;
  /** The phones the hotlines dial (without source URLs: the banner shows only `verified`). */
  phones: Omit<Phone, 'source'>[];
  /** The schedules of those phones (likewise). */
  schedules: Omit<Schedule, 'source'>[];
}
