// `cem analyze` → custom-elements.json (docs in Storybook, editor tooling for consumers).
// Runs after the npm build: the plugin points module paths at the published dist/ files and
// writes the allowed values of every attribute as a type union (scripts/cem-kanner-plugin.mjs).
import { kannerManifestPlugin } from './scripts/cem-kanner-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  // Type-only declarations and the React wrappers define no element.
  exclude: ['src/generated/**', 'src/cdn/**', 'src/react/**', 'src/**/*.d.ts', 'src/core/elements.ts'],
  outdir: '.',
  litelement: true,
  plugins: [kannerManifestPlugin()],
};
