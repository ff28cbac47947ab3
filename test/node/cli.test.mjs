// The publisher commands (bin/kanner-widgets.mjs), run as a publisher runs them: a child
// process, its output and its exit code. One broken dataset per kind of error
// (test/fixtures/datasets/, see test/datasets.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenDatasets, shipped } from '../datasets.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/kanner-widgets.mjs');
const dataset = join(root, 'src/data/kanner-data.json');
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
const tmp = mkdtempSync(join(tmpdir(), 'kanner-cli-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test('package.json names the command', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['kanner-widgets'], './bin/kanner-widgets.mjs');
  for (const f of ['bin', 'src/data/dataset-check.mjs', 'src/data/hsds.mjs']) assert.ok(pkg.files.includes(f), `${f} is published`);
});

test('validate accepts the shipped dataset (exit 0)', () => {
  const r = run('validate', dataset);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /valid \(dataset version \d+\.\d+\.\d+/);
});

test('validate rejects malformed JSON with exit 1', () => {
  const r = run('validate', join(root, 'test/fixtures/datasets/malformed.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /malformed\.json: \$ is not valid JSON/);
});

test('validate: a missing file is an error, not a crash', () => {
  const r = run('validate', join(tmp, 'nope.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot be read \(ENOENT\)/);
  assert.doesNotMatch(r.stderr, /at .*\.mjs:\d+/);
});

const broken = brokenDatasets();
test('there is a broken dataset per kind of error', () => {
  const kinds = broken.map((b) => b.name);
  for (const k of ['schema-missing-source', 'schema-unknown-field', 'missing-locale', 'blank-text', 'duplicate-id', 'unresolved-reference', 'bad-phone', 'bad-date']) assert.ok(kinds.includes(k), k);
});

for (const b of broken) {
  test(`validate rejects ${b.name} (${b.about}) with its JSON path, exit 1`, () => {
    const file = join(tmp, `${b.name}.json`);
    writeFileSync(file, JSON.stringify(b.data, null, 2));
    const r = run('validate', file);
    assert.equal(r.status, 1, r.stdout);
    const line = r.stderr.split('\n').find((l) => l.startsWith(`${file}: ${b.path} `));
    assert.ok(line, `no line for ${b.path} in:\n${r.stderr}`);
    assert.ok(line.includes(b.message), line);
    assert.match(r.stderr, /\d+ problems?; the widgets would show their bundled data instead\./);
  });
}

test('validate lists every problem, not only the first', () => {
  const data = shipped();
  data.services[0].organization_id = 'nowhere';
  data.phones[0].id = data.phones[1].id;
  const file = join(tmp, 'two.json');
  writeFileSync(file, JSON.stringify(data));
  const r = run('validate', file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.services\[0\]\.organization_id/);
  assert.match(r.stderr, /\$\.phones\[1\]\.id duplicate id/);
});

test('usage errors exit 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('validate').status, 2);
  assert.equal(run('export').status, 2);
  assert.equal(run('export', '--format', 'csv').status, 2);
});

test('export --format hsds: every organisation and service of the shipped dataset, every table, references that resolve', () => {
  const out = join(tmp, 'hsds.json');
  const r = run('export', '--format', 'hsds', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const hsds = JSON.parse(readFileSync(out, 'utf8'));
  const data = shipped();
  assert.equal(hsds.hsds_version, '3.0');
  assert.equal(hsds.x_kanner.dataset_version, data.meta.version);
  assert.deepEqual(hsds.organization.map((o) => o.id), data.organizations.map((o) => o.id));
  assert.deepEqual(hsds.service.map((s) => s.id), data.services.map((s) => s.id));
  for (const table of ['organization', 'service', 'location', 'service_at_location', 'phone', 'schedule', 'language', 'address']) {
    assert.ok(Array.isArray(hsds[table]) && hsds[table].length > 0, `${table} is empty`);
    const ids = hsds[table].map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length, `${table} ids are unique`);
  }
  const has = (table, id) => hsds[table].some((x) => x.id === id);
  for (const s of hsds.service) assert.ok(has('organization', s.organization_id), s.id);
  for (const x of hsds.service_at_location) assert.ok(has('service', x.service_id) && has('location', x.location_id), x.id);
  for (const t of ['phone', 'schedule', 'language']) for (const x of hsds[t]) assert.ok(has('service', x.service_id), `${t} ${x.id}`);
  for (const a of hsds.address) assert.ok(has('location', a.location_id), a.id);
  // Every number, as dialled, with its source kept in the extension field.
  for (const p of data.phones) {
    const row = hsds.phone.find((x) => x.id === p.id);
    assert.equal(row.number, p.number);
    assert.equal(row.x_kanner.source, p.source);
  }
  // Every language's text kept in the extension field, English in the HSDS field.
  const svc = hsds.service[0];
  assert.equal(svc.name, data.services[0].name.en);
  assert.deepEqual(svc.x_kanner.name, data.services[0].name);
  const counts = ['organization', 'service', 'location', 'address', 'service_at_location', 'phone', 'schedule', 'language'].map((t) => `${hsds[t].length} ${t}`);
  console.log(`HSDS export of the shipped dataset: ${counts.join(', ')}`);
});

test('export to standard output, and never of a broken dataset', () => {
  const r = run('export', '--format=hsds');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).service.length, shipped().services.length);
  const bad = broken.find((b) => b.name === 'unresolved-reference');
  const file = join(tmp, 'bad-export.json');
  writeFileSync(file, JSON.stringify(bad.data));
  const e = run('export', '--format', 'hsds', file);
  assert.equal(e.status, 1);
  assert.equal(e.stdout, '');
  assert.match(e.stderr, /not exported/);
});
