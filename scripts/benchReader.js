// (e) of npm run bench: the package reader against ExcelJS's load, each in its own process (time
// of the read itself and peak memory, max RSS, Node's own ~40 MB included), on the 5,000-row
// workbook and on the corpus files the reader takes longest on. Goal: no corpus file over 2 s or
// 300 MB. ExcelJS gets 60 s per file; past that it is reported as not finished.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const root = path.join(__dirname, "..");
const corpus = path.resolve(root, "..", "shared", "corpus", "realworld", "files");

function once(mode, file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, "readOnce.js"), mode, file], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 1 << 20,
  });
  if (r.error || r.status !== 0)
    return { ms: NaN, maxRssMB: NaN, result: "ikke færdig inden 60 s" };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const fmt = (r) =>
  Number.isNaN(r.ms)
    ? r.result
    : `${r.ms.toFixed(0)} ms, ${r.maxRssMB.toFixed(0)} MB (${r.result})`;

/** The corpus files the reader is slowest on, timed in this process. */
function slowestCorpusFiles(n) {
  const { openWorkbookPackage } = require(path.join(root, "lib", "ooxml", "index.js"));
  const times = [];
  for (const d of fs.readdirSync(corpus)) {
    for (const f of fs.readdirSync(path.join(corpus, d))) {
      const file = path.join(corpus, d, f);
      const bytes = new Uint8Array(fs.readFileSync(file));
      const t0 = performance.now();
      try {
        const pkg = openWorkbookPackage(bytes);
        for (const s of pkg.sheets) pkg.readSheet(s.name);
      } catch {
        // Refusals are timed too.
      }
      times.push({ file, ms: performance.now() - t0 });
    }
  }
  return { count: times.length, slowest: times.sort((a, b) => b.ms - a.ms).slice(0, n) };
}

function benchReader(planFile) {
  console.log("(e) Læseren mod ExcelJS' indlæsning, hver i sin egen proces (tid; største RSS)");
  const rows = [["projektmappen med 5.000 rækker", planFile]];
  let worst = { ms: 0, maxRssMB: 0 };
  if (fs.existsSync(corpus)) {
    const { count, slowest } = slowestCorpusFiles(5);
    console.log(`    korpus: ${count} filer læst; de 5 langsomste herunder`);
    for (const s of slowest) rows.push([path.relative(corpus, s.file), s.file]);
  } else {
    console.log(`    korpus mangler (${corpus}); kun projektmappen med 5.000 rækker`);
  }
  for (const [label, file] of rows) {
    const mine = once("reader", file);
    const theirs = once("exceljs", file);
    if (label !== rows[0][0]) {
      worst = {
        ms: Math.max(worst.ms, mine.ms),
        maxRssMB: Math.max(worst.maxRssMB, mine.maxRssMB),
      };
    }
    console.log(`    ${label}`);
    console.log(`      læseren: ${fmt(mine)}   ExcelJS: ${fmt(theirs)}`);
  }
  if (rows.length > 1) {
    const ok = worst.ms <= 2000 && worst.maxRssMB <= 300;
    console.log(
      `    værste korpusfil: ${worst.ms.toFixed(0)} ms, ${worst.maxRssMB.toFixed(0)} MB; ` +
        `mål ≤ 2 s og ≤ 300 MB: ${ok ? "NÅET" : "IKKE NÅET"}`
    );
  }
}

module.exports = { benchReader };
