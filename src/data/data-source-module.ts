/**
 * Loads the `data-src` checker (src/data/remote.ts) as its own chunk. `kanner.bundle.js`
 * replaces this module (vite.bundle.config.ts) with src/cdn/data-source-beside.ts, which
 * loads the same code from `kanner-data-src.js` beside the bundle, so the single file
 * does not carry it.
 */
export const loadChecker = (): Promise<typeof import('./remote.js')> => import('./remote.js');
