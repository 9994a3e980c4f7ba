#!/usr/bin/env node
// One read of one workbook in a fresh process, for the bench: `node scripts/readOnce.js reader|exceljs FILE`
// prints {"ms":…, "maxRssMB":…, "result":…}. The reader opens the package and reads every sheet
// (as file mode does); ExcelJS does its bare load. Peak memory is the process's max RSS.
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(fs.readFileSync(file));
const lib = path.join(__dirname, "..", "lib");

async function run() {
  if (mode === "exceljs") {
    const ExcelJS = require("exceljs");
    await new ExcelJS.Workbook().xlsx.load(bytes);
    return "ok";
  }
  const { openWorkbookPackage, PackageError } = require(path.join(lib, "ooxml", "index.js"));
  try {
    const pkg = openWorkbookPackage(bytes);
    for (const s of pkg.sheets) pkg.readSheet(s.name);
    return "ok";
  } catch (e) {
    if (e instanceof PackageError) return e.code;
    throw e;
  }
}

const t0 = performance.now();
run().then(
  (result) => {
    const ms = performance.now() - t0;
    const maxRssMB = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ ms, maxRssMB, result }));
  },
  (e) => {
    console.log(
      JSON.stringify({
        ms: performance.now() - t0,
        maxRssMB: process.resourceUsage().maxRSS / 1024,
        result: `fejl: ${String(e && e.message).slice(0, 60)}`,
      })
    );
  }
);
