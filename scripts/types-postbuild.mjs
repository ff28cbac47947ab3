// After `tsc -p tsconfig.build.json`: ship the hand-written framework declarations
// (src/core/frameworks.d.ts: React/Preact/Solid JSX and Vue module augmentations) beside
// the emitted ones, and point elements.d.ts at that copy (tsc writes the source path).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

copyFileSync('src/core/frameworks.d.ts', 'dist/types/core/frameworks.d.ts');
const file = 'dist/types/core/elements.d.ts';
const text = readFileSync(file, 'utf8');
const fixed = text.replace(/\/\/\/ <reference path="[^"]*frameworks\.d\.ts"[^>]*\/>/, '/// <reference path="./frameworks.d.ts" />');
if (fixed === text) throw new Error(`${file}: no reference to frameworks.d.ts to fix`);
writeFileSync(file, fixed);
