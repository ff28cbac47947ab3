// `dist/cdn/`: the script-tag build. Two steps in one `vite build -c vite.cdn.config.ts`:
//  1. the chunks (`dist/cdn/chunks/`): one shared `core` (Lit, @lit/localize, base element,
//     tokens, locale controller), each widget's code, and per widget one text chunk per
//     language (its UI strings + its data pack's prose); from these the build writes the
//     chunk manifest: what each tag needs, and per language what it needs on top;
//  2. the loader `dist/cdn/kanner.js`, self-contained, with that manifest inlined, so a page
//     starts every fetch at once — one round trip after kanner.js, no waterfall.
//
// A widget's per-language resource is found by how it is written: an object of loaders
// keyed by locale, `{ fr: () => import('./fr.js'), … }` (UI strings, data packs, and any
// per-language resource a widget adds the same way). Any other dynamic import (the
// banner's lazy quick exit, an optional feature) is NOT fetched up front.
import { build, defineConfig, type Plugin } from 'vite';
import { minifyLitCss } from './scripts/vite-minify-lit-css.mjs';

const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
/** Which data pack a widget reads: its text and its UI strings share one chunk per language. */
const TEXT_OF: Record<string, string> = {
  'kanner-hotline-banner': 'banner',
  'kanner-service-finder': 'directory',
  'kanner-rights-explainer': 'rights',
  'kanner-parents-forum': 'forum',
  'kanner-quick-exit': 'exit',
};
/** Attributes of a tag that bring another widget along (its chunks are fetched with it). */
const BRINGS: Record<string, [string, string]> = { 'kanner-hotline-banner': ['quick-exit', 'kanner-quick-exit'] };

interface Manifest {
  f: string[];
  w: Record<string, [number[], Record<string, number[]>]>;
  x: Record<string, [string, string]>;
}

type Chunk = { type: 'chunk'; fileName: string; code: string; imports: string[]; facadeModuleId?: string | null; isEntry: boolean };

/** Reads the chunk graph, writes the manifest, then builds the loader with it inlined. */
function chunkManifest(): Plugin {
  let manifest: Manifest | undefined;
  return {
    name: 'kanner-chunk-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is never => c.type === 'chunk') as unknown as Chunk[];
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const files: string[] = [];
      // Stored as `name-hash` (the loader adds `chunks/` and `.js`): fewer bytes in kanner.js.
      const id = (fileName: string) => {
        const name = fileName.replace(/^chunks\//, '').replace(/\.js$/, '');
        let i = files.indexOf(name);
        if (i < 0) i = files.push(name) - 1;
        return i;
      };
      const closure = (start: string[]) => {
        const out = new Set<string>();
        const visit = (f: string) => {
          if (out.has(f)) return;
          out.add(f);
          byName.get(f)?.imports.forEach(visit);
        };
        start.forEach(visit);
        return out;
      };
      const w: Manifest['w'] = {};
      for (const tag of Object.keys(TEXT_OF)) {
        const define = chunks.find((c) => c.facadeModuleId?.endsWith(`/components/${tag}/define.ts`));
        if (!define) throw new Error(`kanner-chunk-manifest: no chunk for ${tag}`);
        const code = closure([define.fileName]);
        const languages: Record<string, number[]> = {};
        for (const locale of LOCALES) {
          const direct = new Set<string>();
          const loader = new RegExp(`\\b${locale}:\\(\\)=>import\\([\`"']\\./([^\`"']+)[\`"']\\)`, 'g');
          for (const f of code) {
            const c = byName.get(f)!;
            const dir = f.replace(/[^/]*$/, '');
            for (const m of c.code.matchAll(loader)) direct.add(dir + m[1]);
          }
          const extra = [...closure([...direct])].filter((f) => !code.has(f));
          if (locale !== 'en' && extra.length === 0) throw new Error(`kanner-chunk-manifest: ${tag} has no "${locale}" chunk (per-language loaders must read \`${locale}: () => import(…)\`)`);
          if (extra.length) languages[locale] = extra.map(id);
        }
        w[tag] = [[...code].map(id), languages];
      }
      manifest = { f: files, w, x: BRINGS };
      // The build's entry only exists to reach every widget; the loader replaces it.
      for (const c of chunks) if (c.isEntry && c.fileName.startsWith('chunks/')) delete bundle[c.fileName];
      this.emitFile({ type: 'asset', fileName: 'chunks/manifest.json', source: JSON.stringify(manifest, null, 1) });
    },
    async closeBundle() {
      if (!manifest) return;
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: { __KANNER_MANIFEST__: JSON.stringify(manifest) },
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry: 'src/cdn/kanner.ts', formats: ['es'], fileName: () => 'kanner.js' },
          rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [minifyLitCss(), chunkManifest()],
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      // kanner-data-src.js: the data-src checker, loaded only by pages that use data-src —
      // by kanner.js's config chunk, by kanner.bundle.js from beside itself.
      entry: { widgets: 'src/cdn/widgets.ts', 'kanner-data-src': 'src/data/remote.ts' },
      formats: ['es'],
      fileName: (_format, name) => (name === 'kanner-data-src' ? `${name}.js` : `chunks/${name}.js`),
    },
    rolldownOptions: {
      // Vite keeps whitespace in library ES output; the script-tag files want it gone.
      output: {
        // A widget's code chunk is named after it (`hotline-banner-<hash>.js`).
        // No `/* @__PURE__ */` annotations left in shipped files (nothing bundles them again).
        comments: false,
        chunkFileNames: (chunk) => {
          const widget = chunk.facadeModuleId?.match(/\/components\/kanner-([a-z-]+)\/define\.ts$/);
          return `chunks/${widget ? widget[1] : '[name]'}-[hash].js`;
        },
        minify: true,
        codeSplitting: {
          groups: [
            // Lit, @lit/localize and the shared core travel together: one request, one
            // compression window, instead of several small chunks on every page.
            { name: 'core', test: /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\/|\/src\/core\/|\/src\/data\/(pack|schedule|phone|types)\.ts|\/src\/generated\/locale-codes|rolldown\/runtime|^\0rolldown/, priority: 1 },
            // A widget's text in one language — its UI strings and its data pack's prose —
            // is one chunk: one request per widget and language.
            {
              debugName: 'text',
              name: (id: string) => {
                const ui = id.match(/\/generated\/locales\/(kanner-[a-z-]+)\/(en|fr|de|lb|pt)\.ts$/);
                if (ui) return `${TEXT_OF[ui[1]!] ?? ui[1]}.${ui[2]}`;
                const data = id.match(/\/generated\/data\/(\w+)\.(\w+)\.ts$/);
                return data ? `${data[1]}.${data[2]}` : null;
              },
              test: /\/generated\/(locales\/kanner-[a-z-]+\/(en|fr|de|lb|pt)|data\/\w+\.(en|fr|de|lb|pt))\.ts$/,
            },
          ],
        },
      },
    },
  },
});
