// @custom-elements-manifest/analyzer plugin: make custom-elements.json tell the truth about
// the published package.
//
// 1. Allowed values as type unions. The attribute types come from `src/core/elements.ts`
//    (the same declarations TypeScript users get), resolved down to the `as const` arrays the
//    widgets validate against (NEEDS, AUDIENCES, CANTONS, VARIANTS, LAYOUTS…): a new id in one
//    of those arrays shows up here without touching this file.
// 2. Module paths that exist in the package: `src/x.ts` → `dist/esm/x.js` (or the entry file a
//    package export maps it to, e.g. `dist/esm/hotline-banner.js`), else its `dist/types/x.d.ts`.
//    Run after the npm build (`npm run build` does).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const ELEMENTS = 'src/core/elements.ts';

export function kannerManifestPlugin() {
  let ts;
  return {
    name: 'kanner-manifest',
    analyzePhase({ ts: analyzerTs }) {
      ts ??= analyzerTs;
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const types = attributeTypes(ts);
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const allowed = decl.tagName && types.get(decl.tagName);
          if (!allowed) continue;
          for (const attr of decl.attributes ?? []) {
            const text = allowed.get(attr.name);
            if (!text) {
              // Typed nowhere yet: keep the analyzer's type; an attribute is never "null" (absent).
              console.warn(`[kanner-manifest] <${decl.tagName}> attribute ${attr.name} has no type in ${ELEMENTS}; add it there.`);
              if (attr.type?.text) attr.type = { text: attr.type.text.replace(/\s*\|\s*null\b/g, '') };
              continue;
            }
            attr.type = { text };
            const field = decl.members?.find((m) => m.kind === 'field' && m.name === (attr.fieldName ?? attr.name));
            if (field?.type) field.type = { text: /\bnull\b/.test(field.type.text) ? `${text} | null` : text };
          }
          for (const name of allowed.keys()) {
            if (!decl.attributes?.some((a) => a.name === name)) console.warn(`[kanner-manifest] ${ELEMENTS} types <${decl.tagName} ${name}>, which the element does not have.`);
          }
        }
      }
      const paths = publishedPaths();
      for (const mod of manifest.modules) {
        const here = dirname(mod.path);
        // Module references are package paths (`src/x.ts`, `/src/x.ts`) or, for re-exports,
        // the import specifier relative to the module (`./x.js`).
        const published = (ref) => {
          if (ref.startsWith('./') || ref.startsWith('../')) ref = normalize(join(here, ref)).replace(/\.js$/, '.ts');
          ref = ref.replace(/^\//, '');
          return ref.startsWith('src/') ? paths(ref.replace(/\.js$/, '.ts')) : undefined;
        };
        visit(mod, (node) => {
          if (typeof node.module === 'string' && !node.package) node.module = published(node.module) ?? node.module;
        });
        mod.path = paths(mod.path);
      }
      manifest.modules = manifest.modules.filter((m) => m.path);
    },
  };
}

function visit(node, fn) {
  if (Array.isArray(node)) node.forEach((n) => visit(n, fn));
  else if (node && typeof node === 'object') {
    fn(node);
    Object.values(node).forEach((n) => visit(n, fn));
  }
}

/** `src/x.ts` → the file the package ships for it. */
function publishedPaths() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = new Map();
  for (const target of Object.values(pkg.exports)) {
    if (target && typeof target === 'object' && target.types && target.import) {
      entries.set(normalize(target.types).replace(/^dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts'), normalize(target.import));
    }
  }
  return (src) => {
    const base = src.replace(/^src\//, '').replace(/\.ts$/, '');
    if (existsSync(`dist/esm/${base}.js`)) return `dist/esm/${base}.js`;
    if (entries.has(src)) return entries.get(src);
    if (existsSync(`dist/types/${base}.d.ts`)) return `dist/types/${base}.d.ts`;
    return undefined;
  };
}

/** tag → (attribute → type text), from the `Kanner…Attributes` interfaces of elements.ts. */
function attributeTypes(ts) {
  const files = new Map();
  const parse = (file) => {
    if (!files.has(file)) files.set(file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return files.get(file);
  };
  const statements = (file) => parse(file).statements;
  /** Where a name used in `file` is declared: [file, name]. */
  const origin = (file, name) => {
    for (const s of statements(file)) {
      if (ts.isImportDeclaration(s) && s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings)) {
        for (const el of s.importClause.namedBindings.elements) {
          if (el.name.text === name) {
            const target = normalize(join(dirname(file), s.moduleSpecifier.text.replace(/\.js$/, '.ts')));
            return origin(target, el.propertyName?.text ?? name);
          }
        }
      }
    }
    return [file, name];
  };
  const find = (file, name, test) => statements(file).find((s) => test(s) && s.name?.text === name);
  const findVar = (file, name) => {
    for (const s of statements(file)) {
      if (!ts.isVariableStatement(s)) continue;
      const d = s.declarationList.declarations.find((d) => d.name.text === name);
      if (d) return d;
    }
    return undefined;
  };
  /** The string literals of a `const X = [...] as const` array. */
  const arrayValues = (file, name) => {
    const [at, real] = origin(file, name);
    const decl = findVar(at, real);
    if (!decl) throw new Error(`no const ${real} in ${at}`);
    let init = decl.initializer;
    while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))) init = init.expression;
    if (!init || !ts.isArrayLiteralExpression(init)) throw new Error(`${real} in ${at} is not an array literal`);
    return init.elements.flatMap((el) => {
      if (ts.isStringLiteral(el)) return [`'${el.text}'`];
      if (ts.isSpreadElement(el) && ts.isIdentifier(el.expression)) return arrayValues(at, el.expression.text);
      throw new Error(`${real} in ${at}: cannot read ${el.getText()}`);
    });
  };
  /** A type node as the union members a reader should see. */
  const evaluate = (file, node) => {
    if (ts.isParenthesizedTypeNode(node)) return evaluate(file, node.type);
    if (ts.isUnionTypeNode(node)) return node.types.flatMap((t) => evaluate(file, t));
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [`'${node.literal.text}'`];
    if (ts.isIndexedAccessTypeNode(node)) {
      let obj = node.objectType;
      while (ts.isParenthesizedTypeNode(obj)) obj = obj.type;
      if (ts.isTypeQueryNode(obj) && ts.isIdentifier(obj.exprName)) return arrayValues(file, obj.exprName.text);
    }
    if (ts.isTemplateLiteralTypeNode(node)) {
      const onlyNumber = node.head.text === '' && node.templateSpans.length === 1 && node.templateSpans[0].literal.text === '' && node.templateSpans[0].type.kind === ts.SyntaxKind.NumberKeyword;
      return [onlyNumber ? 'number' : 'string'];
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const [at, real] = origin(file, node.typeName.text);
      const alias = find(at, real, ts.isTypeAliasDeclaration);
      if (alias) return evaluate(at, alias.type);
    }
    return [node.getText()];
  };
  const members = (file, name) => {
    const decl = find(file, name, ts.isInterfaceDeclaration);
    if (!decl) throw new Error(`no interface ${name} in ${file}`);
    const out = new Map();
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) for (const [k, v] of members(...origin(file, t.expression.getText()))) out.set(k, v);
    }
    for (const m of decl.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      out.set(m.name.text, [...new Set(evaluate(file, m.type))].join(' | '));
    }
    return out;
  };
  const map = find(ELEMENTS, 'KannerElementAttributes', ts.isInterfaceDeclaration);
  const result = new Map();
  for (const m of map.members) result.set(m.name.text, members(...origin(ELEMENTS, m.type.typeName.text)));
  return result;
}

