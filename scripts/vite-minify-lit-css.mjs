// Vite/rolldown plugin: minifies the CSS inside Lit `css\`…\`` templates of our own
// sources at build time (Vite minifies JS, not CSS held in template strings).
// Conservative: drops comments, folds whitespace, trims it around { } ; , and after ':'.
// Interpolations `${…}` (without braces inside) are kept as they are; the static text
// around them is minified.
const CSS_TEMPLATE = /\bcss`((?:[^`\\$]|\$\{[^}]*\})*)`/g;
const INTERPOLATION = /(\$\{[^}]*\})/;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function minifyLitCss() {
  return {
    name: 'kanner:minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(CSS_TEMPLATE, (_m, body) => {
        const pieces = body.split(INTERPOLATION).map((piece, i) => (i % 2 ? piece : minifyCss(piece)));
        return `css\`${pieces.join('')}\``;
      });
      return { code: minified, map: null };
    },
  };
}
