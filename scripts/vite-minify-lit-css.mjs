// Vite/rolldown plugin: minifies the CSS inside Lit `css\`…\`` templates of our own
// sources at build time (Vite minifies JS, not CSS held in template strings).
// Conservative: drops comments, folds whitespace, trims it around { } ; , and after ':'.
// Never touches a template with `${…}` interpolations.
const CSS_TEMPLATE = /\bcss`([^`$]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyLitCss() {
  return {
    name: 'kanner:minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_m, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
