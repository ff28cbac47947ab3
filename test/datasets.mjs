// Test datasets made from the shipped one, for the node tests (validate / export) and the
// browser tests (served by the web-test-runner plugin below under /__datasets/NAME.json):
// - test/fixtures/datasets/NAME.patch.json: one kind of error each, as a patch of the
//   shipped dataset (so a fixture never drifts from the dataset it breaks), with the JSON
//   path and message `validate` must report;
// - `script-laden`: every string the checks allow to carry it starts with an
//   <img onerror> and a <script> (text from data must stay text);
// - `old-dates`: every fact last checked in March 2020 (freshness notes).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AJV_OPTIONS, checkDataset } from '../src/data/dataset-check.mjs';

const root = new URL('../', import.meta.url);
const fixtures = new URL('test/fixtures/datasets/', root);
export const shipped = () => JSON.parse(readFileSync(new URL('src/data/kanner-data.json', root), 'utf8'));

let validator;
/** Ajv with the shared options (the CLI's fallback; the build's standalone validator is the same schema). */
export function ajvValidator() {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = require('ajv/dist/2020').default;
    validator = new Ajv2020(AJV_OPTIONS).compile(JSON.parse(readFileSync(new URL('src/data/kanner-data.schema.json', root), 'utf8')));
  }
  return validator;
}

/** `phones[id=x].number` → the segments of a real path (`[id=x@2]`: the second record with that id). */
function segments(data, selector) {
  const out = [];
  let node = data;
  for (const part of selector.match(/[^.[\]]+|\[[^\]]*\]/g)) {
    let key = part;
    const m = /^\[id=([^@\]]+)(?:@(\d+))?\]$/.exec(part);
    if (m) {
      const nth = Number(m[2] ?? 1);
      const matches = node.map((x, i) => [x, i]).filter(([x]) => x.id === m[1]);
      if (matches.length < nth) throw new Error(`${selector}: no record ${m[1]}${m[2] ? ` #${nth}` : ''}`);
      key = matches[nth - 1][1];
    } else if (/^\[\d+\]$/.test(part)) key = Number(part.slice(1, -1));
    out.push(key);
    node = node?.[key];
  }
  return out;
}

/** The JSON path (`$.phones[8].number`) a selector points at in `data`. */
export function pathOf(data, selector) {
  return '$' + segments(data, selector).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}

function apply(data, op) {
  const selector = op.set ?? op.delete;
  const keys = segments(data, selector);
  const last = keys.pop();
  const parent = keys.reduce((n, k) => n[k], data);
  if ('set' in op) parent[last] = op.value;
  else delete parent[last];
}

/** Every patch fixture: `{ name, about, data, path, message }` (path resolved in the patched data). */
export function brokenDatasets() {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.patch.json'))
    .map((f) => {
      const fixture = JSON.parse(readFileSync(new URL(f, fixtures), 'utf8'));
      const data = shipped();
      for (const op of fixture.patch) apply(data, op);
      return { name: f.replace('.patch.json', ''), about: fixture.about, data, path: pathOf(data, fixture.expect), message: fixture.message };
    });
}

export const PAYLOAD = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=(window.__pwned||0)+1</script>';

/** The shipped dataset with the payload in front of every string the checks let carry it. */
export function scriptLaden() {
  const data = shipped();
  const leaves = [];
  const walk = (node, keys) => {
    if (typeof node === 'string') leaves.push(keys);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...keys, Array.isArray(node) ? Number(k) : k]);
  };
  walk(data, []);
  const get = (keys) => keys.reduce((n, k) => n[k], data);
  const set = (keys, v) => (keys.slice(0, -1).reduce((n, k) => n[k], data)[keys.at(-1)] = v);
  const original = new Map(leaves.map((k) => [k.join('/'), get(k)]));
  for (const k of leaves) if (k[0] !== '$schema') set(k, `${PAYLOAD}${get(k)}`);
  // Ids, numbers, URLs, dates… are constrained: put those back until the dataset passes.
  for (let round = 0; round < 20; round++) {
    const problems = checkDataset(data, ajvValidator());
    if (!problems.length) return data;
    for (const p of problems) {
      const keys = p.path
        .slice(1)
        .match(/\.[^.[]+|\[\d+\]|\["[^"]*"\]/g)
        .map((s) => (s[0] === '.' ? s.slice(1) : s[1] === '"' ? JSON.parse(s.slice(1, -1)) : Number(s.slice(1, -1))));
      // Revert the leaf at (or under) the reported path.
      const prefix = keys.join('/');
      for (const k of leaves) {
        const id = k.join('/');
        if (id === prefix || id.startsWith(`${prefix}/`)) set(k, original.get(id));
      }
    }
  }
  throw new Error(`could not make a script-laden dataset that passes the checks: ${JSON.stringify(checkDataset(data, ajvValidator()).slice(0, 3))}`);
}

/** The shipped dataset with every fact last checked on `date`. */
export function oldDates(date = '2020-03-15') {
  const data = shipped();
  const walk = (node) => {
    if (node && typeof node === 'object') {
      if (typeof node.verified === 'string') node.verified = date;
      Object.values(node).forEach(walk);
    }
  };
  walk(data);
  return data;
}

/** web-test-runner plugin: /__datasets/NAME.json → the dataset of that name (404 if none); /__datasets/index.json → the broken ones and what they must report. */
export function datasetsPlugin() {
  const made = new Map();
  const make = (name) => {
    if (name === 'script-laden') return scriptLaden();
    if (name === 'old-dates') return oldDates();
    if (name === 'shipped') return shipped();
    return brokenDatasets().find((b) => b.name === name)?.data;
  };
  return {
    name: 'kanner-datasets',
    serve(context) {
      if (context.path === '/__datasets/index.json') {
        return { body: JSON.stringify(brokenDatasets().map(({ name, about, path, message }) => ({ name, about, path, message }))), type: 'application/json' };
      }
      const m = /^\/__datasets\/([\w-]+)\.json$/.exec(context.path);
      if (!m) return undefined;
      if (!made.has(m[1])) made.set(m[1], make(m[1]));
      const data = made.get(m[1]);
      return data === undefined ? undefined : { body: JSON.stringify(data), type: 'application/json' };
    },
  };
}
