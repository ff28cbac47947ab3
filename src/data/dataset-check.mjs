// The one module that decides whether a dataset may be shown (SPEC §3). Plain JavaScript
// with no dependency, so three callers share it unchanged: the publisher's command
// (bin/kanner-widgets.mjs validate), the node data tests (test/node/data.test.mjs) and the
// browser loader of a `data-src` dataset (src/data/remote.ts).
//
// The JSON Schema part is a function the caller passes in: in the browser the validator
// compiled from the schema at build time (src/generated/data/schema-validator.js, no eval,
// so a strict CSP holds), in node the same or Ajv with the same options (AJV_OPTIONS).
// Everything the schema cannot say is checked here: unique ids, references, dialable phone
// numbers, every locale present, real calendar dates.

/** The languages every text must be in (the widgets render in these five). */
export const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];

/** The lists whose records have an `id`, unique within the list. */
export const LISTS = ['needs', 'regions', 'organizations', 'services', 'locations', 'service_at_location', 'phones', 'channels', 'schedules', 'hotlines'];

/** Ajv options of the schema validator, at build time (standalone) and in node alike. */
// (`messages: false`: the words are schemaProblems' below, so the compiled code stays small.)
export const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, inlineRefs: false, messages: false };

/**
 * A number the widgets may dial: E.164 Luxembourg (+352 and 4–11 digits), E.164 abroad,
 * or a national short code (112, 113, 116 xxx).
 */
export function isDialable(number) {
  return /^\+352\d{4,11}$/.test(number) || /^\+(?!352)[1-9]\d{6,14}$/.test(number) || /^(112|113|116\d{3})$/.test(number);
}

/** The number as written (`display`) has the same digits as the one dialled (`number`). */
export function displayMatches(phone) {
  return phone.display.replace(/\D/g, '') === phone.number.replace(/^\+352/, '').replace(/\D/g, '');
}

/** JSON pointer (`/phones/0/number`, as Ajv reports) → JSON path (`$.phones[0].number`). */
export function jsonPath(pointer) {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((key) => (/^\d+$/.test(key) ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`))
      .join('')
  );
}

/** What a failed schema keyword means, in words. */
function describe(keyword, p) {
  const list = (values) => (values ?? []).map((v) => JSON.stringify(v)).join(', ');
  switch (keyword) {
    case 'type':
      return `must be of type ${p.type}`;
    case 'enum':
      return `must be one of ${list(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return `must match the pattern ${p.pattern}`;
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return `must have at least ${p.limit} ${keyword === 'minLength' ? 'character' : keyword === 'minItems' ? 'item' : 'property'}${p.limit === 1 ? '' : 's'}`;
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return `must have at most ${p.limit} ${keyword === 'maxLength' ? 'character' : keyword === 'maxItems' ? 'item' : 'property'}${p.limit === 1 ? '' : 's'}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${p.comparison} ${p.limit}`;
    case 'uniqueItems':
      return `must not repeat an item (items ${p.j} and ${p.i} are the same)`;
    case 'oneOf':
    case 'anyOf':
      return 'matches none of the allowed shapes';
    case 'format':
      return `must be a ${p.format}`;
    default:
      return `fails the schema's "${keyword}" rule`;
  }
}

/** Ajv's errors as `{ path, message }`, the path pointing at the offending value. */
export function schemaProblems(errors) {
  return (errors ?? []).map((e) => {
    const p = e.params ?? {};
    if (e.keyword === 'required') return { path: jsonPath(e.instancePath), message: `lacks "${p.missingProperty}"` };
    if (e.keyword === 'additionalProperties') return { path: jsonPath(`${e.instancePath}/${p.additionalProperty}`), message: 'is not allowed here' };
    return { path: jsonPath(e.instancePath), message: e.message ?? describe(e.keyword, p) };
  });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Calls `visit(node, path)` on every object and array of `data`, depth first. */
function walk(node, visit, path = '$') {
  if (Array.isArray(node)) {
    visit(node, path);
    node.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  } else if (isObject(node)) {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}.${k}`);
  }
}

/** Every sourced fact (an object with a `source`; the schema makes it carry `verified`), with its JSON path. */
export function sourcedFacts(data) {
  const out = [];
  walk(data, (node, path) => {
    if (isObject(node) && 'source' in node) out.push({ path, fact: node });
  });
  return out;
}

/** The `n` facts checked longest ago (oldest first): what a publisher re-checks next. */
export function oldestFacts(data, n = 10) {
  return sourcedFacts(data)
    .sort((a, b) => (a.fact.verified < b.fact.verified ? -1 : a.fact.verified > b.fact.verified ? 1 : 0)) // stable: dataset order on a tie
    .slice(0, n)
    .map(({ path, fact }) => ({ path, verified: fact.verified, source: fact.source }));
}

/** `YYYY-MM-DD` that is a day of the calendar (2026-02-30 is not). */
function isCalendarDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The checks beyond the schema, on a dataset the schema accepted. */
function semanticProblems(data) {
  const problems = [];
  const add = (path, message) => problems.push({ path, message });

  // Unique ids within each list.
  const ids = {};
  for (const key of LISTS) {
    const seen = new Map();
    (data[key] ?? []).forEach((x, i) => {
      if (seen.has(x.id)) add(`$.${key}[${i}].id`, `duplicate id "${x.id}" (also at $.${key}[${seen.get(x.id)}])`);
      else seen.set(x.id, i);
    });
    ids[key] = seen;
  }

  // Every reference resolves.
  const ref = (path, list, id, what) => {
    if (id !== undefined && !ids[list].has(id)) add(path, `"${id}" is not the id of any ${what} ($.${list})`);
  };
  data.services.forEach((s, i) => {
    ref(`$.services[${i}].organization_id`, 'organizations', s.organization_id, 'organization');
    (s.needs ?? []).forEach((n, j) => ref(`$.services[${i}].needs[${j}]`, 'needs', n, 'need'));
    if (Array.isArray(s.regions)) s.regions.forEach((r, j) => ref(`$.services[${i}].regions[${j}]`, 'regions', r, 'region'));
  });
  data.locations.forEach((l, i) => {
    ref(`$.locations[${i}].organization_id`, 'organizations', l.organization_id, 'organization');
    ref(`$.locations[${i}].canton`, 'regions', l.canton, 'region');
  });
  data.service_at_location.forEach((x, i) => {
    ref(`$.service_at_location[${i}].service_id`, 'services', x.service_id, 'service');
    ref(`$.service_at_location[${i}].location_id`, 'locations', x.location_id, 'location');
  });
  for (const key of ['phones', 'channels']) {
    data[key].forEach((p, i) => {
      ref(`$.${key}[${i}].service_id`, 'services', p.service_id, 'service');
      ref(`$.${key}[${i}].schedule_id`, 'schedules', p.schedule_id, 'schedule');
    });
  }
  data.hotlines.forEach((h, i) => ref(`$.hotlines[${i}].phone_id`, 'phones', h.phone_id, 'phone'));
  const sets = data.hotline_sets;
  for (const key of ['default', 'compact']) sets[key].forEach((id, j) => ref(`$.hotline_sets.${key}[${j}]`, 'hotlines', id, 'hotline'));
  for (const [audience, list] of Object.entries(sets.audiences)) list.forEach((id, j) => ref(`$.hotline_sets.audiences.${audience}[${j}]`, 'hotlines', id, 'hotline'));
  ref('$.parents_forum.service_id', 'services', data.parents_forum.service_id, 'service');
  ref('$.rights.complaint.service_id', 'services', data.rights.complaint.service_id, 'service');
  data.rights.articles.forEach((a, i) => (a.services ?? []).forEach((s, j) => ref(`$.rights.articles[${i}].services[${j}]`, 'services', s, 'service')));
  // The Parents' Forum teaser names two hotlines by id (its pack, src/data/packer.mjs).
  for (const id of ['elterentelefon', 'one']) {
    if (!ids.hotlines.has(id)) add('$.hotlines', `lacks the hotline "${id}" the parents' forum teaser shows`);
  }

  // Phone numbers the widgets can dial, written as dialled.
  data.phones.forEach((p, i) => {
    if (!isDialable(p.number)) add(`$.phones[${i}].number`, `"${p.number}" is not an E.164 Luxembourg or international number, nor 112, 113 or 116xxx`);
    else if (!displayMatches(p)) add(`$.phones[${i}].display`, `"${p.display}" does not have the digits of ${p.number}`);
  });

  // Every locale: the dataset declares all five, every text is in all five.
  LOCALES.forEach((l) => {
    if (!data.meta.locales.includes(l)) add('$.meta.locales', `lacks "${l}"`);
  });
  walk(data, (node, path) => {
    if (!isObject(node) || !('en' in node) || !Object.keys(node).every((k) => LOCALES.includes(k))) return;
    for (const l of LOCALES) {
      const v = node[l];
      const empty = Array.isArray(v) ? v.length === 0 : typeof v !== 'string' || !v.trim();
      if (empty) add(`${path}.${l}`, `lacks its "${l}" text`);
    }
  });

  // Dates a reader is told ("last checked …") must be real days.
  for (const { path, fact } of sourcedFacts(data)) {
    if (!isCalendarDate(fact.verified)) add(`${path}.verified`, `"${fact.verified}" is not a calendar date`);
  }
  return problems;
}

/**
 * Every problem of `data`, schema first (then nothing else is checked: the other checks
 * need the shape the schema promises). An empty list means the widgets may show it.
 * `validateSchema` is an Ajv validate function (it sets `.errors`).
 */
export function checkDataset(data, validateSchema) {
  if (!validateSchema(data)) {
    const problems = schemaProblems(validateSchema.errors);
    return problems.length ? problems : [{ path: '$', message: 'does not match the schema' }];
  }
  return semanticProblems(data);
}
