#!/usr/bin/env node
// Writes dist/cdn/integrity.json: the Subresource Integrity (SHA-384) hash of each
// script-tag file, for `<script src=… integrity="sha384-…" crossorigin="anonymous">`.
// Run at the end of `npm run build` (the files must not change after it).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist/cdn');
const FILES = ['kanner.bundle.js', 'kanner.js'];

/** `sha384-<base64>` of a file's bytes, as the `integrity` attribute wants it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const hashes = Object.fromEntries(FILES.map((f) => [f, sri(readFileSync(join(cdn, f)))]));
writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`dist/cdn/integrity.json: ${FILES.map((f) => `${f} ${hashes[f]}`).join('; ')}`);
