// npm build: unbundled ESM (one module per source file, so a consumer's bundler
// tree-shakes), `lit` left to the consumer, @lit/localize bundled as a PRIVATE copy so
// it never collides with a host application that configures its own.
import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/vite-minify-lit-css.mjs';

export default defineConfig({
  plugins: [minifyLitCss()],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'hotline-banner': 'src/components/kanner-hotline-banner/define.ts',
        'quick-exit': 'src/components/kanner-quick-exit/define.ts',
        'service-finder': 'src/components/kanner-service-finder/define.ts',
        'rights-explainer': 'src/components/kanner-rights-explainer/define.ts',
        'parents-forum': 'src/components/kanner-parents-forum/define.ts',
        react: 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^minisearch($|\/)/, /^react($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
