#!/usr/bin/env node
// The size limits the team holds product code to: no function over 80 lines, no file over 300
// lines (string tables aside). Prints every one over, and exits 1 when any (0 with --report-only).
// Product code is src/ without tests (*.spec.ts, *.test.ts(x)). A function's lines run from its
// first to its last line, nested functions included (each nested one is also judged on its own).
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const MAX_FUNCTION = 80;
const MAX_FILE = 300;
const ROOT = path.join(__dirname, "..");
/** Files that are word tables, not logic: exempt from the file limit (functions still count). */
const STRING_TABLE = /(^|\/)(strings|words|labels)\.tsx?$|\/(messages|words)\/(da|en)\.ts$/;
const TEST = /\.(spec|test)\.tsx?$/;

function productFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...productFiles(p));
    else if (/\.tsx?$/.test(e.name) && !TEST.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return "(anonymous)";
}

function check(file) {
  const text = fs.readFileSync(file, "utf8");
  const rel = path.relative(ROOT, file).split(path.sep).join("/");
  const src = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  );
  const over = [];
  const lines = src.getLineAndCharacterOfPosition(text.length).line + (text.endsWith("\n") ? 0 : 1);
  if (lines > MAX_FILE && !STRING_TABLE.test(rel)) over.push(`file ${rel}: ${lines} lines`);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const end = src.getLineAndCharacterOfPosition(node.getEnd()).line;
      const n = end - start + 1;
      if (n > MAX_FUNCTION)
        over.push(`function ${rel}:${start + 1} ${functionName(node)}: ${n} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return over;
}

const files = productFiles(path.join(ROOT, "src"));
const over = files.flatMap(check);
const fnCount = over.filter((l) => l.startsWith("function")).length;
const fileCount = over.length - fnCount;
for (const l of over) console.log(l);
console.log(
  `${files.length} product files: ${fnCount} functions over ${MAX_FUNCTION} lines, ` +
    `${fileCount} files over ${MAX_FILE} lines`
);
if (over.length > 0 && !process.argv.includes("--report-only")) process.exit(1);
