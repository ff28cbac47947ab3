// dist/cdn/integrity.json (written by scripts/integrity.mjs at the end of `npm run build`):
// the SRI hash of each script-tag file must be the hash of the file as built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const cdn = new URL('../../dist/cdn/', import.meta.url);
const built = existsSync(new URL('integrity.json', cdn));

test('integrity.json holds the SHA-384 SRI hash of kanner.bundle.js and kanner.js', { skip: !built && 'not built (npm run build)' }, () => {
  const hashes = JSON.parse(readFileSync(new URL('integrity.json', cdn), 'utf8'));
  assert.deepEqual(Object.keys(hashes).sort(), ['kanner.bundle.js', 'kanner.js']);
  for (const [file, value] of Object.entries(hashes)) {
    assert.match(value, /^sha384-[A-Za-z0-9+/]{64}$/, file);
    const actual = `sha384-${createHash('sha384').update(readFileSync(new URL(file, cdn))).digest('base64')}`;
    assert.equal(value, actual, `${file}: integrity.json is out of date`);
    console.log(`${file} integrity="${value}"`);
  }
});
