// After `tsc -p tsconfig.build.json`:
// - ship the hand-written framework declarations (src/core/frameworks.d.ts: React/Preact/Solid
//   JSX and Vue module augmentations) beside the emitted ones, and point elements.d.ts at that
//   copy (tsc writes the source path);
// - make every entry's types load elements.d.ts (tags, attribute unions, JSX, Vue) and with it
//   events.d.ts (kanner-contact / kanner-exit in the event maps): the base element's
//   declaration imports it. Done here, not in the source, because a source import of
//   elements.ts would pull every widget into each widget's lit-localize extraction.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

copyFileSync('src/core/frameworks.d.ts', 'dist/types/core/frameworks.d.ts');
const file = 'dist/types/core/elements.d.ts';
const text = readFileSync(file, 'utf8');
const fixed = text.replace(/\/\/\/ <reference path="[^"]*frameworks\.d\.ts"[^>]*\/>/, '/// <reference path="./frameworks.d.ts" />');
if (fixed === text) throw new Error(`${file}: no reference to frameworks.d.ts to fix`);
writeFileSync(file, fixed);

const base = 'dist/types/core/kanner-element.d.ts';
const baseText = readFileSync(base, 'utf8');
if (!baseText.includes("import './elements.js';")) {
  writeFileSync(base, `import './elements.js';\n${baseText}`);
}
