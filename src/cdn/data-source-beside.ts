/**
 * `kanner.bundle.js`'s copy of src/data/data-source-module.ts: the `data-src` checker
 * (schema validator, checks, packer: ≈13 KB brotli) is not inlined into the single file —
 * every page would pay for it — but loaded, on pages that use `data-src` only, from
 * `kanner-data-src.js` beside the bundle (an ES module with no imports, built by
 * vite.cdn.config.ts; `import()` works from a classic script, and same-origin under CSP).
 */
const script = typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src;

export const loadChecker = (): Promise<typeof import('../data/remote.js')> =>
  import(/* @vite-ignore */ new URL('kanner-data-src.js', script || document.baseURI).href);
