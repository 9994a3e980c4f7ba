// Webpack loader (production builds): our makeStyles() calls are resolved to CSS at build time, so
// the pane's start-up bundle does not carry Griffel's CSS compiler (stylis, rtl-css-js, shorthand
// expansion: about 7 KB gzip). Fluent's own components ship this way already (their lib/ calls
// `__styles`, Griffel's "ahead of time" form); this does the same for ours with Griffel's own
// resolveStyleRulesForSlots, so class names and CSS are exactly what makeStyles makes at run time.
//
// It runs after swc-loader (plain ES2020 modules). A call's styles may use `tokens` (imported from
// @fluentui/react-components) and the module's top-level constants; anything else (a value known
// only at run time) is a build error naming the file, rather than a silent return of the compiler.
// jest and the development build keep makeStyles as written.
const acorn = require("acorn");
const { resolveStyleRulesForSlots } = require("@griffel/core");
const { tokens } = require("@fluentui/tokens");

const FLUENT = new Set(["@fluentui/react-components", "@griffel/react"]);
const AOT_NAME = "__griffelAotStyles";

/** Local names of makeStyles and tokens imported from Fluent (or Griffel's React package). */
function fluentImports(ast) {
  const names = { makeStyles: new Set(), tokens: new Set() };
  for (const node of ast.body) {
    if (node.type !== "ImportDeclaration" || !FLUENT.has(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type !== "ImportSpecifier") continue;
      if (s.imported.name === "makeStyles") names.makeStyles.add(s.local.name);
      if (s.imported.name === "tokens") names.tokens.add(s.local.name);
    }
  }
  return names;
}

/** Every makeStyles(…) call in the module, found by walking the tree. */
function makeStylesCalls(ast, names) {
  const calls = [];
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (
      node.type === "CallExpression" &&
      node.callee.type === "Identifier" &&
      names.has(node.callee.name) &&
      node.arguments.length === 1
    ) {
      calls.push(node);
      return;
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") visit(v);
    }
  };
  visit(ast);
  return calls;
}

/** The module's top-level constants that evaluate without run-time values, for the styles' use. */
function buildScope(ast, source, tokenNames) {
  const scope = new Map([...tokenNames].map((n) => [n, tokens]));
  const evaluate = (expr) =>
    new Function(...scope.keys(), `"use strict"; return (${expr});`)(...scope.values());
  for (const node of ast.body) {
    const decl = node.type === "ExportNamedDeclaration" ? node.declaration : node;
    if (!decl || decl.type !== "VariableDeclaration" || decl.kind !== "const") continue;
    for (const d of decl.declarations) {
      if (d.id.type !== "Identifier" || !d.init) continue;
      if (/Function|Call|New|Class/.test(d.init.type)) continue;
      try {
        scope.set(d.id.name, evaluate(source.slice(d.init.start, d.init.end)));
      } catch {
        // Needs a run-time value: not usable by styles (a style that uses it is an error below).
      }
    }
  }
  return evaluate;
}

module.exports = function griffelAot(source) {
  if (!/\bmakeStyles\b/.test(source)) return source;
  const ast = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" });
  const names = fluentImports(ast);
  const calls = names.makeStyles.size ? makeStylesCalls(ast, names.makeStyles) : [];
  if (!calls.length) return source;
  const evaluate = buildScope(ast, source, names.tokens);
  let out = source;
  // From the last call back, so earlier offsets stay valid.
  for (const call of calls.slice().reverse()) {
    const arg = call.arguments[0];
    let resolved;
    try {
      resolved = resolveStyleRulesForSlots(evaluate(source.slice(arg.start, arg.end)), "");
    } catch (e) {
      throw new Error(
        `griffelAot: makeStyles in ${this.resourcePath} uses a value not known at build time ` +
          `(${e instanceof Error ? e.message : String(e)}); use tokens or top-level constants.`
      );
    }
    const [classes, css] = resolved;
    const aot = `${AOT_NAME}(${JSON.stringify(classes)}, ${JSON.stringify(css)})`;
    out = out.slice(0, call.start) + aot + out.slice(call.end);
  }
  return `import { __styles as ${AOT_NAME} } from "@fluentui/react-components";\n${out}`;
};
