// `dist/cdn/kanner.js`: one ES module for `<script type="module">`, fully minified,
// Lit bundled in; each widget, each language and each data-pack text table is a chunk
// beside it, loaded only when the page needs it.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      input: { kanner: 'src/cdn/kanner.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
