// `dist/cdn/kanner.bundle.js`: one classic self-contained file (IIFE): every widget,
// the data, every language. Rolldown inlines the lazy imports.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/vite-minify-lit-css.mjs';

export default defineConfig({
  plugins: [minifyLitCss()],
  publicDir: false,
  // The data-src checker stays out of the single file: loaded from kanner-data-src.js beside it.
  resolve: { alias: [{ find: /^\.\/data-source-module\.js$/, replacement: fileURLToPath(new URL('./src/cdn/data-source-beside.ts', import.meta.url)) }] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/cdn/bundle.ts',
      name: 'KannerWidgets',
      formats: ['iife'],
      fileName: () => 'kanner.bundle.js',
    },
    rolldownOptions: { output: { comments: false } },
  },
});
