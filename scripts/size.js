#!/usr/bin/env node
// Start-up size of the task pane: gzip bytes of dist/taskpane.html and every local script and
// stylesheet it loads at start (office.js from Microsoft's CDN excluded). Lazy chunks (ExcelJS,
// file mode) are listed apart: they load only when used. Goal: ≤ 160 KB gzip.
//   npm run size            (after npm run build)
//   node scripts/size.js --json
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GOAL_KB = 160;
const dist = path.join(__dirname, "..", "dist");
const html = path.join(dist, "taskpane.html");

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

function main() {
  if (!fs.existsSync(html)) {
    console.error("dist/taskpane.html fehlt / mangler: kør først `npm run build`.");
    process.exit(2);
  }
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

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ startupGzipKb: +total.toFixed(1), goalKb: GOAL_KB, rows, lazy }));
  } else {
    const line = (r) =>
      `  ${r.file.padEnd(40)} ${r.raw.toFixed(1).padStart(8)} KB ${r.gzip.toFixed(1).padStart(8)} KB gzip`;
    console.log("Start-up (what taskpane.html loads; office.js from the CDN not counted):");
    rows.forEach((r) => console.log(line(r)));
    console.log(
      `  ${"TOTAL".padEnd(40)} ${"".padStart(11)} ${total.toFixed(1).padStart(8)} KB gzip`
    );
    console.log("Lazy chunks (loaded only when used):");
    lazy.forEach((r) => console.log(line(r)));
    console.log(
      total <= GOAL_KB
        ? `Start-up ${total.toFixed(1)} KB gzip: within the ${GOAL_KB} KB goal.`
        : `Start-up ${total.toFixed(1)} KB gzip: OVER the ${GOAL_KB} KB goal.`
    );
  }
  process.exitCode = total <= GOAL_KB ? 0 : 1;
}

main();
