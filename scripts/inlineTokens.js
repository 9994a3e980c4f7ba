// Webpack loader (production builds): `tokens.colorNeutralStroke2` and the like become the string
// they stand for ("var(--colorNeutralStroke2)"), read from Fluent's own tokens object at build time.
// Fluent's tokens object maps 467 names to CSS variables; one use of it (Fluent's Button styles, our
// file-mode preview) kept all of it in the pane (about 3 KB gzip). With every use inlined, the
// import is unused and webpack leaves the object out. Values are copied, never guessed, so a token
// whose variable has a fallback (zIndex…) keeps it. A name the object lacks is left as written.
const acorn = require("acorn");
const { tokens } = require("@fluentui/tokens");

const SOURCES = new Set([
  "@fluentui/react-components",
  "@fluentui/react-theme",
  "@fluentui/tokens",
]);

/** Local names under which this module imports Fluent's tokens object. */
function tokenNames(ast) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== "ImportDeclaration" || !SOURCES.has(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === "ImportSpecifier" && s.imported.name === "tokens") names.add(s.local.name);
    }
  }
  return names;
}

/** `tokens.name` reads (not computed, not written to), with the value they stand for. */
function tokenReads(ast, names) {
  const reads = [];
  const visit = (node, parent) => {
    if (!node || typeof node.type !== "string") return;
    if (
      node.type === "MemberExpression" &&
      !node.computed &&
      node.object.type === "Identifier" &&
      names.has(node.object.name) &&
      Object.prototype.hasOwnProperty.call(tokens, node.property.name) &&
      !(parent && parent.type === "AssignmentExpression" && parent.left === node)
    ) {
      reads.push({ start: node.start, end: node.end, value: tokens[node.property.name] });
      return;
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach((c) => visit(c, node));
      else if (v && typeof v === "object") visit(v, node);
    }
  };
  visit(ast, undefined);
  return reads;
}

module.exports = function inlineTokens(source, map) {
  if (!/\btokens\b/.test(source)) return this.callback(null, source, map);
  const ast = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" });
  const names = tokenNames(ast);
  const reads = names.size ? tokenReads(ast, names) : [];
  if (!reads.length) return this.callback(null, source, map);
  let out = source;
  for (const r of reads.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, r.start) + JSON.stringify(r.value) + out.slice(r.end);
  }
  // Offsets moved: the incoming source map no longer fits, so none is passed on.
  return this.callback(null, out);
};
