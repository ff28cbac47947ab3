import bannerPack from '../generated/data/banner.js';
import type { Packed } from './pack.js';
import type { BannerData } from './packs.js';
import type { Audience, Hotline, Phone, Schedule } from './types.js';

export { bannerPack };

/** A hotline with the phone it dials and that phone's hours (if sourced). */
export interface HotlineEntry {
  hotline: Packed<Hotline>;
  phone: Packed<Omit<Phone, 'source'>>;
  schedule?: Packed<Omit<Schedule, 'source'>>;
}

/** The banner pack's core: the bundled one unless a widget passes its `data-src` pack's. */
type Core = Packed<BannerData>;

/** Every hotline id a page may name in `contacts`, in dataset order. */
export function hotlineIds(core: Core = bannerPack.core): string[] {
  return core.hotlines.map((h) => h.id);
}

/** The hotlines with these ids, in this order; unknown ids are skipped. */
export function hotlineEntries(ids: readonly string[], core: Core = bannerPack.core): HotlineEntry[] {
  const { hotlines, phones, schedules } = core;
  const entries: HotlineEntry[] = [];
  for (const id of ids) {
    const hotline = hotlines.find((h) => h.id === id);
    const phone = hotline && phones.find((p) => p.id === hotline.phone_id);
    if (!hotline || !phone) continue;
    const schedule = phone.schedule_id ? schedules.find((s) => s.id === phone.schedule_id) : undefined;
    entries.push(schedule ? { hotline, phone, schedule } : { hotline, phone });
  }
  return entries;
}

/** The hotline ids shown to an audience (or to everyone), in their order. */
export function hotlineSet(audience?: Audience, core: Core = bannerPack.core): readonly string[] {
  const sets = core.hotline_sets;
  return audience ? sets.audiences[audience] : sets.default;
}

/** The two hotlines the compact banner shows before "more". */
export function compactHotlines(core: Core = bannerPack.core): readonly string[] {
  return core.hotline_sets.compact;
}

export { telHref } from './phone.js';
