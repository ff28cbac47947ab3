// `dist/cdn/kanner.js`: one ES module for `<script type="module">`, minified, Lit
// bundled in; each widget, each language and each data-pack text table is a chunk
// beside it (imported relative to kanner.js), loaded only when the page needs it.
import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/vite-minify-lit-css.mjs';

export default defineConfig({
  plugins: [minifyLitCss()],
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      // kanner-data-src.js: the data-src checker, self-contained, loaded only by pages that
      // use data-src — by kanner.js as a chunk, by kanner.bundle.js from beside itself.
      entry: { kanner: 'src/cdn/kanner.ts', 'kanner-data-src': 'src/data/remote.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Vite keeps whitespace in library ES output; the script-tag file wants it gone.
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Lit, @lit/localize and the shared core travel together: one request, one
        // compression window, instead of several small chunks on every page.
        codeSplitting: {
          groups: [{ name: 'core', test: /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\/|\/src\/core\/|\/src\/data\/(pack|schedule|phone|types)\.ts|\/src\/generated\/locale-codes/ }],
        },
      },
    },
  },
});
