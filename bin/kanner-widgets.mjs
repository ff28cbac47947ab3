#!/usr/bin/env node
// Publisher commands (plain Node ESM, no build needed):
//   npx kanner-widgets validate FILE                     check a dataset before publishing it
//   npx kanner-widgets export --format hsds [--out FILE] the dataset as Open Referral HSDS 3.0
// The checks are the ones the widgets run on a `data-src` dataset and the project's data
// tests run on the bundled one (src/data/dataset-check.mjs): schema, unique ids,
// references, phone numbers, every locale. Exit code 1 when a dataset has a problem (for CI).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { checkDataset, AJV_OPTIONS, oldestFacts } from '../src/data/dataset-check.mjs';
import { toHsds } from '../src/data/hsds.mjs';

const pkg = new URL('../', import.meta.url);
const BUNDLED = fileURLToPath(new URL('src/data/kanner-data.json', pkg));

const USAGE = `usage:
  kanner-widgets validate FILE
      Checks a dataset (schema, unique ids, references, phone numbers, every locale).
      Prints each problem with its JSON path; exit code 1 if there is any.
  kanner-widgets export --format hsds [--out FILE] [FILE]
      Writes the dataset (FILE, default the bundled one) as Open Referral HSDS 3.0 JSON
      to --out, or to standard output.`;

/**
 * The schema validator: the one compiled at build time (what browsers run on `data-src`),
 * else Ajv with the same options (a checkout without a build).
 */
async function schemaValidator() {
  for (const rel of ['src/generated/data/schema-validator.js', 'dist/esm/generated/data/schema-validator.js']) {
    const url = new URL(rel, pkg);
    if (existsSync(url)) return (await import(url.href)).default;
  }
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020').default;
  const schema = JSON.parse(readFileSync(new URL('src/data/kanner-data.schema.json', pkg), 'utf8'));
  return new Ajv2020(AJV_OPTIONS).compile(schema);
}

/** Reads and parses FILE; on failure prints why and returns undefined. */
function readDataset(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error(`${file}: $ is not valid JSON (${error.message})`);
    return undefined;
  }
}

async function validate(file) {
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const data = readDataset(file);
  if (data === undefined) return 1;
  const problems = checkDataset(data, await schemaValidator());
  if (problems.length) {
    for (const p of problems) console.error(`${file}: ${p.path} ${p.message}`);
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the widgets would show their bundled data instead.`);
    return 1;
  }
  const oldest = oldestFacts(data, 1)[0];
  console.log(`${file}: valid (dataset version ${data.meta.version}; oldest fact checked ${oldest ? `${oldest.verified}, ${oldest.path}` : 'never'}).`);
  return 0;
}

async function exportHsds(args) {
  let format;
  let out;
  let file;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i];
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--out') out = args[++i];
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (!a.startsWith('-') && !file) file = a;
    else {
      console.error(`unknown option ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (format !== 'hsds') {
    console.error(`export needs --format hsds (the only format)\n${USAGE}`);
    return 2;
  }
  if (out === undefined && args.includes('--out')) {
    console.error(`--out needs a FILE\n${USAGE}`);
    return 2;
  }
  const source = file ?? BUNDLED;
  const data = readDataset(source);
  if (data === undefined) return 1;
  const problems = checkDataset(data, await schemaValidator());
  if (problems.length) {
    for (const p of problems) console.error(`${source}: ${p.path} ${p.message}`);
    console.error(`${source}: not exported; run \`kanner-widgets validate\` and fix it first.`);
    return 1;
  }
  const hsds = toHsds(data);
  const json = `${JSON.stringify(hsds, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    const counts = ['organization', 'service', 'location', 'address', 'service_at_location', 'phone', 'schedule', 'language'].map((t) => `${hsds[t].length} ${t}`);
    console.error(`${out}: HSDS 3.0 (${counts.join(', ')})`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}

async function main(argv) {
  const [command, ...args] = argv;
  if (command === 'validate') return validate(args[0]);
  if (command === 'export') return exportHsds(args);
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
