#!/usr/bin/env node
// npm run demo: the command on the sample plan, writing out/budgetoversigt.xlsx, .csv and out/budgetrapport.pdf, and
// printing the report. The sample's 2026 total is over the frame, so the command exits 1 (error
// findings); the demo succeeds whenever the command produced its report (exit 0 or 1) and passes
// exit 2 (input unusable) through.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const sample = path.join(root, "assets", "eksempel-tryghedsplan-2026.xlsx");
const outDir = path.join(root, "out");

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

if (!fs.existsSync(path.join(root, "lib", "cli", "main.js"))) {
  console.error("Bygger kommandoen (lib/ mangler) …");
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  if (run(process.execPath, [tsc, "-p", "tsconfig.cli.json"]) !== 0) process.exit(2);
}
if (!fs.existsSync(sample)) {
  if (run(process.execPath, [path.join(__dirname, "make-sample.js")]) !== 0) process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const code = run(process.execPath, [
  path.join(root, "bin", "budgettjek.js"),
  sample,
  "--write",
  path.join("out", "budgetoversigt.xlsx"),
  "--csv",
  path.join("out", "budgetoversigt.csv"),
  "--pdf",
  path.join("out", "budgetrapport.pdf"),
]);
if (code === 2) process.exit(2);
console.log(
  code === 1
    ? "\nDemo færdig: kommandoen fandt fejl i eksemplet (afslutningskode 1), som forventet."
    : "\nDemo færdig: ingen fejl i eksemplet."
);
