// The dataset as Open Referral HSDS 3.0 tables (`npx kanner-widgets export --format hsds`),
// so other directories can import it. Plain JavaScript (the CLI runs it without a build).
//
// One JSON object with one array per HSDS table: organization, service, location, address,
// service_at_location, phone, schedule, language. Fields are HSDS 3.0's; text fields carry
// the English text (the source language). What HSDS has no field for is kept, never
// dropped, in each record's extension field `x_kanner` (see README, "Publish your own
// dataset"): the text in all five languages, the sources (`source`, `verified`,
// `confidence`), needs, audiences, cantons, safety facts, the 24/7 flag, public holidays,
// hours per channel, and the channels HSDS has no table for (chat, form).

export const EXTENSION = 'x_kanner';

const DAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const en = (text) => (text && typeof text === 'object' ? text.en : text) ?? null;
const sourced = (x) => (x && x.source ? { source: x.source, verified: x.verified, confidence: x.confidence } : undefined);
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Converts a dataset (already checked) into HSDS 3.0 tables. */
export function toHsds(data) {
  const languageName = (() => {
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'language' });
      return (code) => names.of(code) ?? code;
    } catch {
      return (code) => code;
    }
  })();
  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const needs = new Map(data.needs.map((n) => [n.id, n]));
  const channelsOf = (serviceId) => data.channels.filter((c) => c.service_id === serviceId);

  const organization = data.organizations.map((o) => ({
    id: o.id,
    name: en(o.name),
    alternate_name: o.short_name ?? null,
    description: en(o.description) ?? '',
    website: o.website?.url ?? null,
    email: null,
    [EXTENSION]: clean({ name: o.name, description: o.description, website_source: sourced(o.website) }),
  }));

  const service = data.services.map((s) => {
    const channels = channelsOf(s.id);
    const email = channels.find((c) => c.type === 'email');
    const website = channels.find((c) => c.type === 'website');
    return {
      id: s.id,
      organization_id: s.organization_id,
      name: en(s.name),
      alternate_name: null,
      description: en(s.summary),
      url: website?.url ?? null,
      email: email ? email.url.replace(/^mailto:/, '') : null,
      status: 'active',
      minimum_age: s.ages?.min ?? null,
      maximum_age: s.ages?.max ?? null,
      [EXTENSION]: clean({
        name: s.name,
        summary: s.summary,
        needs: s.needs.map((id) => ({ id, name: needs.get(id)?.name })),
        audiences: s.audiences,
        regions: s.regions === 'national' ? 'national' : s.regions.map((id) => ({ id, name: regions.get(id)?.name })),
        ages_source: sourced(s.ages),
        languages_source: sourced(s.languages),
        safety: s.safety,
        emergency: s.emergency,
        information_only: s.information_only,
        // Every way to reach the service other than a phone, with its hours (HSDS has no table for chat or forms).
        channels: channels.map((c) => clean({ id: c.id, type: c.type, url: c.url, label: c.label, schedule_id: c.schedule_id, ...sourced(c) })),
      }),
    };
  });

  const location = data.locations.map((l) => ({
    id: l.id,
    organization_id: l.organization_id,
    location_type: 'physical',
    name: en(l.name),
    description: null,
    latitude: null,
    longitude: null,
    [EXTENSION]: clean({ name: l.name, canton: l.canton, by_appointment: l.by_appointment, ...sourced(l) }),
  }));

  const address = data.locations.map((l) => ({
    id: `address-${l.id}`,
    location_id: l.id,
    attention: null,
    address_1: l.address.street,
    address_2: null,
    city: l.address.locality,
    region: en(regions.get(l.canton)?.name) ?? null,
    state_province: en(regions.get(l.canton)?.name) ?? '',
    postal_code: l.address.postal_code,
    country: l.address.country ?? 'LU',
    address_type: 'physical',
    [EXTENSION]: sourced(l),
  }));

  const service_at_location = data.service_at_location.map((x) => ({ id: x.id, service_id: x.service_id, location_id: x.location_id, description: null }));

  const phone = data.phones.map((p) => ({
    id: p.id,
    service_id: p.service_id,
    location_id: null,
    organization_id: null,
    number: p.number,
    extension: null,
    type: 'voice',
    description: en(p.label) ?? null,
    [EXTENSION]: clean({ display: p.display, label: p.label, schedule_id: p.schedule_id, ...sourced(p) }),
  }));

  // HSDS attaches hours to a service, not to a phone or a channel: one row per rule per
  // contact that uses the schedule, with the contact named in the extension.
  const schedules = new Map(data.schedules.map((s) => [s.id, s]));
  const schedule = [];
  for (const contact of [...data.phones, ...data.channels]) {
    const s = contact.schedule_id && schedules.get(contact.schedule_id);
    if (!s) continue;
    const ext = clean({
      schedule_id: s.id,
      applies_to: { [data.phones.includes(contact) ? 'phone_id' : 'channel_id']: contact.id },
      always_open: s.always_open,
      public_holidays: s.public_holidays,
      note: s.note,
      ...sourced(s),
    });
    const base = { service_id: contact.service_id, location_id: null, service_at_location_id: null, timezone: 'Europe/Luxembourg' };
    const rules = s.always_open ? [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] : (s.rules ?? []);
    if (rules.length === 0) {
      schedule.push({ id: `${s.id}--${contact.id}`, ...base, description: en(s.note) ?? null, [EXTENSION]: ext });
    }
    rules.forEach((r, i) => {
      schedule.push({
        id: `${s.id}--${contact.id}${rules.length > 1 ? `--${i + 1}` : ''}`,
        ...base,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: r.days.map((d) => DAY[d]).join(','),
        opens_at: r.opens,
        closes_at: r.closes === '24:00' ? '23:59' : r.closes,
        description: en(s.note) ?? null,
        [EXTENSION]: ext,
      });
    });
  }

  const language = data.services.flatMap((s) =>
    (s.languages?.codes ?? []).map((code) => ({
      id: `language-${s.id}-${code}`,
      service_id: s.id,
      location_id: null,
      phone_id: null,
      name: languageName(code),
      code,
      note: null,
      [EXTENSION]: sourced(s.languages),
    })),
  );

  return {
    hsds_version: '3.0',
    [EXTENSION]: {
      dataset_version: data.meta.version,
      locales: data.meta.locales,
      provenance: data.meta.provenance,
      about: `${EXTENSION} holds what HSDS 3.0 has no field for: text in every language, sources, audiences, needs, safety facts, hours per channel.`,
    },
    organization,
    service,
    location,
    address,
    service_at_location,
    phone,
    schedule,
    language,
  };
}
