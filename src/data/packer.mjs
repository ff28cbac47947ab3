// The one place that knows how the dataset is split into data packs: per pack a
// locale-free core (structure, numbers, hours, sources) and one string table per locale.
// Plain JavaScript, so the build (scripts/build-data.mjs) and the browser (src/data/remote.ts,
// a `data-src` dataset) pack the same way. The types of each pack are in src/data/packs.ts.

const byId = (list) => new Map(list.map((x) => [x.id, x]));

/** Pack selectors: name → the slice of the dataset it carries. */
export const PACKS = {
  banner(d) {
    const phones = byId(d.phones);
    const usedPhones = d.hotlines.map((h) => phones.get(h.phone_id));
    const scheduleIds = new Set(usedPhones.map((p) => p.schedule_id).filter(Boolean));
    // The banner shows when a fact was checked, not where from: sources stay in the
    // dataset (and the finder's pack), not in every banner page's download.
    const unsourced = ({ source, ...rest }) => rest;
    return {
      version: d.meta.version,
      hotlines: d.hotlines,
      hotline_sets: d.hotline_sets,
      phones: usedPhones.map(unsourced),
      schedules: d.schedules.filter((s) => scheduleIds.has(s.id)).map(unsourced),
    };
  },
  /** The Parents' Forum teaser: pitch, themes, the forum's places and links, the parents' line and ONE's helpline. */
  forum(d) {
    const f = d.parents_forum;
    const service = d.services.find((s) => s.id === f.service_id);
    const org = d.organizations.find((o) => o.id === service.organization_id);
    const hotline = (id) => {
      const h = d.hotlines.find((x) => x.id === id);
      const phone = d.phones.find((p) => p.id === h.phone_id);
      const schedule = phone.schedule_id ? d.schedules.find((s) => s.id === phone.schedule_id) : undefined;
      const { source, ...p } = phone;
      return { id, title: h.title, phone: p, ...(schedule ? { schedule: (({ source, ...s }) => s)(schedule) } : {}) };
    };
    return {
      version: d.meta.version,
      pitch: f.pitch,
      topics: f.topics,
      source: f.source,
      verified: f.verified,
      service: { id: service.id, name: service.name },
      operator: { id: org.id, name: org.name },
      website: d.channels.find((c) => c.service_id === service.id && c.type === 'website'),
      places: d.service_at_location.filter((x) => x.service_id === service.id).map((x) => d.locations.find((l) => l.id === x.location_id)),
      parents_line: hotline('elterentelefon'),
      helpline: hotline('one'),
    };
  },

  /** The rights explainer: the Convention's entries, and the services that help, with their contacts. */
  rights(d) {
    const r = d.rights;
    const wanted = new Set([...r.articles.flatMap((a) => a.services), r.complaint.service_id]);
    const unsourced = ({ source, ...rest }) => rest;
    const links = d.service_at_location.filter((x) => wanted.has(x.service_id));
    const places = new Set(links.map((x) => x.location_id));
    return {
      version: d.meta.version,
      source: r.source,
      verified: r.verified,
      groups: r.groups,
      principles: r.principles,
      articles: r.articles,
      complaint: unsourced(r.complaint),
      services: d.services.filter((s) => wanted.has(s.id)).map(({ id, organization_id, name, summary, emergency }) => ({ id, organization_id, name, summary, emergency })),
      phones: d.phones.filter((p) => wanted.has(p.service_id)).map(unsourced),
      channels: d.channels.filter((c) => wanted.has(c.service_id)).map(unsourced),
      locations: d.locations.filter((l) => places.has(l.id)).map(unsourced),
      service_at_location: links,
    };
  },

  /** Everything the service finder shows, sources included (cards show them). */
  directory(d) {
    const LOCALES = d.meta.locales;
    const orgs = byId(d.organizations);
    const regions = byId(d.regions);
    const localities = (serviceId) =>
      d.service_at_location
        .filter((x) => x.service_id === serviceId)
        .map((x) => d.locations.find((l) => l.id === x.location_id))
        .flatMap((l) => [l.address.locality, ...LOCALES.map((lc) => regions.get(l.canton).name[lc])]);
    // Search words in every language, so a reader can search in any of the five on a page
    // in any of them. Each need carries its names and synonyms once; each service its own
    // names, its organisation's and its places'. The finder joins them per service.
    const join = (words) => [...new Set(words.filter(Boolean).map((w) => w.toLowerCase()))].join(' | ');
    const keywords = (s) => {
      const org = orgs.get(s.organization_id);
      return join([
        ...LOCALES.map((l) => s.name[l]),
        ...LOCALES.map((l) => org.name[l]),
        org.short_name ?? '',
        ...localities(s.id),
      ]);
    };
    return {
      version: d.meta.version,
      needs: d.needs.map(({ synonyms, ...rest }) => ({
        ...rest,
        keywords: join([...LOCALES.map((l) => rest.name[l]), ...LOCALES.flatMap((l) => synonyms[l])]),
      })),
      regions: d.regions,
      organizations: d.organizations,
      services: d.services.map((s) => ({ ...s, keywords: keywords(s) })),
      locations: d.locations,
      service_at_location: d.service_at_location,
      phones: d.phones,
      channels: d.channels,
      schedules: d.schedules,
      hotlines: d.hotlines,
    };
  },
};

const isLocalized = (value, LOCALES) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length === LOCALES.length &&
  LOCALES.every((l) => typeof value[l] === 'string');

/** Replaces every LocalizedText with an index into per-locale tables (deduplicated). */
export function split(slice, LOCALES) {
  const tables = Object.fromEntries(LOCALES.map((l) => [l, []]));
  const seen = new Map();
  const walk = (value) => {
    if (isLocalized(value, LOCALES)) {
      const key = JSON.stringify(LOCALES.map((l) => value[l]));
      if (!seen.has(key)) {
        seen.set(key, tables.en.length);
        for (const l of LOCALES) tables[l].push(value[l]);
      }
      return seen.get(key);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return { core: walk(slice), tables };
}

/**
 * Every pack of a dataset: `{ banner: { core, tables }, forum: …, rights: …, directory: … }`,
 * each `tables` holding one string table per locale of `data.meta.locales`.
 */
export function packDataset(data) {
  return Object.fromEntries(Object.entries(PACKS).map(([name, select]) => [name, split(select(data), data.meta.locales)]));
}
