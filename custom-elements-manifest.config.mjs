// `cem analyze` → custom-elements.json (docs in Storybook, editor tooling for consumers).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
};
