// custom-elements.json tells the truth (run after `npm run build`): every attribute, part,
// CSS property and event of every widget is documented; attribute types list the allowed
// ids of the arrays the widgets validate against; every module path is a file the package
// publishes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, modulePath: m.path })));
const source = (tag) => readFileSync(`src/components/${tag}/${tag}.ts`, 'utf8');

/** The string values of `const NAME = [...] as const` in a source file (spreads of other arrays there resolved). */
function constArray(file, name) {
  const text = readFileSync(file, 'utf8');
  const match = text.match(new RegExp(`const ${name} = \\[([^\\]]*)\\]`, 's'));
  assert.ok(match, `${name} in ${file}`);
  const body = match[1].replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return body.split(',').map((s) => s.trim()).filter(Boolean).flatMap((item) => {
    if (item.startsWith('...')) return constArray(file, item.slice(3));
    return [item.replace(/^'|'$/g, '')];
  });
}
const union = (values) => values.map((v) => `'${v}'`).join(' | ');
const attr = (tag, name) => elements.find((e) => e.tagName === tag).attributes.find((a) => a.name === name);

test('the manifest lists the five widgets', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['kanner-hotline-banner', 'kanner-parents-forum', 'kanner-quick-exit', 'kanner-rights-explainer', 'kanner-service-finder']);
});

test('every attribute, part, CSS property and event is described; attributes and events are typed', () => {
  for (const el of elements) {
    assert.ok(el.summary && el.description, `<${el.tagName}> summary and description`);
    for (const kind of ['attributes', 'cssParts', 'cssProperties', 'events']) {
      assert.ok(el[kind]?.length, `<${el.tagName}> has ${kind}`);
      for (const item of el[kind]) assert.ok(item.description?.trim(), `<${el.tagName}> ${kind} ${item.name} has a description`);
    }
    for (const a of el.attributes) assert.ok(a.type?.text && !/null/.test(a.type.text), `<${el.tagName} ${a.name}> type: ${a.type?.text}`);
    for (const e of el.events) assert.match(e.type?.text ?? '', /^Kanner(Contact|Exit)Event$/, `<${el.tagName}> ${e.name} type`);
  }
});

test('allowed values are type unions of the arrays the widgets validate against', () => {
  const types = 'src/data/types.ts';
  const needs = constArray(types, 'NEEDS');
  assert.equal(attr('kanner-service-finder', 'need').type.text, union(needs));
  assert.equal(attr('kanner-service-finder', 'region').type.text, union(constArray(types, 'CANTONS')));
  assert.equal(attr('kanner-service-finder', 'audience').type.text, union(constArray(types, 'AUDIENCES')));
  assert.equal(attr('kanner-hotline-banner', 'audience').type.text, union(constArray(types, 'AUDIENCES')));
  assert.equal(attr('kanner-service-finder', 'layout').type.text, union(constArray('src/components/kanner-service-finder/kanner-service-finder.ts', 'LAYOUTS')));
  assert.equal(attr('kanner-service-finder', 'max-results').type.text, 'number');
  assert.equal(attr('kanner-hotline-banner', 'variant').type.text, union(constArray('src/components/kanner-hotline-banner/kanner-hotline-banner.ts', 'VARIANTS')));
  assert.equal(attr('kanner-hotline-banner', 'sticky').type.text, union(constArray('src/components/kanner-hotline-banner/kanner-hotline-banner.ts', 'STICKY')));
  assert.equal(attr('kanner-hotline-banner', 'dismissible').type.text, 'boolean');
  assert.equal(attr('kanner-parents-forum', 'variant').type.text, union(constArray('src/components/kanner-parents-forum/kanner-parents-forum.ts', 'VARIANTS')));
  assert.equal(attr('kanner-parents-forum', 'target').type.text, union(constArray('src/components/kanner-parents-forum/kanner-parents-forum.ts', 'TARGETS')));
  assert.equal(attr('kanner-parents-forum', 'topics').type.text, 'number');
  assert.equal(attr('kanner-rights-explainer', 'age').type.text, union(constArray(types, 'READING_LEVELS')));
  assert.equal(attr('kanner-rights-explainer', 'group').type.text, union([...constArray(types, 'RIGHTS_GROUPS'), 'all']));
  assert.equal(attr('kanner-rights-explainer', 'layout').type.text, union(constArray('src/components/kanner-rights-explainer/kanner-rights-explainer.ts', 'LAYOUTS')));
  assert.equal(attr('kanner-rights-explainer', 'article').type.text, 'number');
  for (const el of elements) assert.equal(attr(el.tagName, 'theme').type.text, union(constArray('src/core/kanner-element.ts', 'THEMES')));
});

test('every event a widget emits is documented on it', () => {
  for (const el of elements) {
    const emitted = [...source(el.tagName).matchAll(/emit\(\s*this,\s*'([a-z-]+)'/g)].map((m) => m[1]);
    for (const name of emitted) assert.ok(el.events.some((e) => e.name === name), `<${el.tagName}> documents ${name}`);
  }
});

test('every --kanner-* custom property the styles read is documented on every widget', () => {
  const theme = readFileSync('src/core/theme.ts', 'utf8');
  const shared = [...theme.matchAll(/\['(color-[a-z-]+)'/g)].map((m) => `--kanner-${m[1]}`);
  shared.push(...[...theme.matchAll(/var\((--kanner-[a-z-]+)[,)\s]/g)].map((m) => m[1])); // not the `--kanner-print-${…}` family built in code
  assert.ok(shared.length >= 15, 'theme tokens found');
  for (const el of elements) {
    const dir = `src/components/${el.tagName}`;
    const own = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/var\((--kanner-[a-z-]+)/g)].map((m) => m[1]));
    const documented = new Set(el.cssProperties.map((p) => p.name));
    for (const name of new Set([...shared, ...own])) assert.ok(documented.has(name), `<${el.tagName}> documents ${name}`);
  }
});

test('every module path in the manifest is a file the package publishes', () => {
  const published = (path) => pkg.files.some((f) => path === f || path.startsWith(`${f}/`));
  const paths = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (typeof node.path === 'string') paths.add(node.path);
      if (typeof node.module === 'string' && !node.package) paths.add(node.module);
      Object.values(node).forEach(visit);
    }
  };
  visit(manifest.modules);
  assert.ok(paths.size > 20);
  for (const path of paths) {
    assert.ok(!path.startsWith('src/') && !path.startsWith('/'), `${path} is not a source path`);
    assert.ok(existsSync(path), `${path} exists`);
    assert.ok(published(path), `${path} is in package.json "files"`);
  }
  for (const el of elements) assert.match(el.modulePath, /^dist\/esm\/.+\.js$/, `<${el.tagName}> module is JavaScript`);
});

test('the documented defaults of the shared tokens are the theme\'s', () => {
  const theme = readFileSync('src/core/theme.ts', 'utf8');
  const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'KannerElement');
  const tokens = [...theme.matchAll(/\['(color-[a-z-]+)', '(#[0-9a-f]+)', '(#[0-9a-f]+)'\]/g)];
  assert.ok(tokens.length >= 11, 'COLOR_TOKENS read');
  for (const [, name, light, dark] of tokens) {
    const prop = base.cssProperties.find((p) => p.name === `--kanner-${name}`);
    assert.ok(prop, `--kanner-${name} documented on KannerElement`);
    assert.match(prop.description, new RegExp(`light \`${light}\`, dark \`${dark}\``), `--kanner-${name} defaults`);
  }
});
