#!/usr/bin/env node
// Start-up size of the task pane: gzip bytes of dist/taskpane.html and every local script and
// stylesheet it loads at start (office.js from Microsoft's CDN excluded). Lazy chunks (the
// comparison, PDF, file mode, the writers) are listed apart: they load only when used.
// Goal (issue 22): ≤ 140 KB gzip. Limit: the exit code fails above LIMIT_KB, what start-up measured
// when it was last lowered plus about 2 KB, so growth is a decision, not a drift.
//   npm run size            (after npm run build)
//   node scripts/size.js --json        node scripts/size.js --dist some/other/dist
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GOAL_KB = 140;
const LIMIT_KB = 136;
const distArg = process.argv.indexOf("--dist");
const dist =
  distArg > 0 ? path.resolve(process.argv[distArg + 1]) : path.join(__dirname, "..", "dist");

const gzipKb = (buf) => zlib.gzipSync(buf, { level: 9 }).length / 1024;
const rawKb = (buf) => buf.length / 1024;

function startupFiles(page) {
  const refs = [];
  const re = /<(script|link)\b[^>]*?\b(src|href)=["']?([^"' >]+)["']?[^>]*>/gi;
  for (const m of page.matchAll(re)) {
    const tag = m[0];
    const url = m[3];
    if (/^(https?:)?\/\//i.test(url) || url.startsWith("data:")) continue; // CDN (office.js)
    if (
      m[1].toLowerCase() === "link" &&
      !/rel=["']?(stylesheet|modulepreload|preload)/i.test(tag)
    ) {
      continue;
    }
    refs.push(url.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  return [...new Set(refs)];
}

/** Gzip sizes of what `dist/taskpane.html` loads at start, and of the lazy chunks. */
function measure(dist) {
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) return undefined;
  const page = fs.readFileSync(html);
  const files = startupFiles(page.toString("utf8"));
  const rows = [{ file: "taskpane.html", raw: rawKb(page), gzip: gzipKb(page) }];
  for (const f of files) {
    const buf = fs.readFileSync(path.join(dist, f));
    rows.push({ file: f, raw: rawKb(buf), gzip: gzipKb(buf) });
  }
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const startup = new Set(["taskpane.html", ...files]);
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !startup.has(f) && !/^commands\b/.test(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(dist, f));
      return { file: f, raw: rawKb(buf), gzip: gzipKb(buf) };
    });
  return { total, rows, lazy, goalKb: GOAL_KB, limitKb: LIMIT_KB };
}

function print(m, log = console.log) {
  const line = (r) =>
    `  ${r.file.padEnd(40)} ${r.raw.toFixed(1).padStart(8)} KB ${r.gzip.toFixed(1).padStart(8)} KB gzip`;
  log("Start-up (what taskpane.html loads; office.js from the CDN not counted):");
  m.rows.forEach((r) => log(line(r)));
  log(`  ${"TOTAL".padEnd(40)} ${"".padStart(11)} ${m.total.toFixed(1).padStart(8)} KB gzip`);
  log("Lazy chunks (loaded only when used):");
  m.lazy.forEach((r) => log(line(r)));
  const kb = m.total.toFixed(1);
  log(
    m.total > LIMIT_KB
      ? `Start-up ${kb} KB gzip: OVER the ${LIMIT_KB} KB limit (goal ${GOAL_KB} KB).`
      : m.total <= GOAL_KB
        ? `Start-up ${kb} KB gzip: within the ${GOAL_KB} KB goal.`
        : `Start-up ${kb} KB gzip: within the ${LIMIT_KB} KB limit; ${(m.total - GOAL_KB).toFixed(1)} KB above the ${GOAL_KB} KB goal.`
  );
}

function main() {
  const m = measure(dist);
  if (!m) {
    console.error("dist/taskpane.html mangler: kør først `npm run build`.");
    process.exit(2);
  }
  if (process.argv.includes("--json")) {
    console.log(
      JSON.stringify({
        startupGzipKb: +m.total.toFixed(1),
        goalKb: GOAL_KB,
        limitKb: LIMIT_KB,
        rows: m.rows,
        lazy: m.lazy,
      })
    );
  } else {
    print(m);
  }
  process.exitCode = m.total <= LIMIT_KB ? 0 : 1;
}

module.exports = { measure, print, GOAL_KB, LIMIT_KB };
if (require.main === module) main();
