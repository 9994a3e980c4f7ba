#!/usr/bin/env node
// Asks LibreOffice which of the given corpus files it cannot open, and writes that list to
// tests/corpus/libreofficeRefuses.json: the reference for "damaged" in the corpus test.
// Usage: node scripts/corpus-libreoffice.js LIST   (LIST: one path under the corpus folder a line,
// e.g. the files our reader calls damaged). Runs `soffice --headless --convert-to csv` per file.
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const corpus = path.resolve(__dirname, "..", "..", "shared", "corpus", "realworld", "files");
const list = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
const refused = [];
for (const file of list) {
  const out = mkdtempSync(path.join(os.tmpdir(), "lo-"));
  const profile = `-env:UserInstallation=file://${out}/profile`;
  try {
    execFileSync("soffice", [profile, "--headless", "--convert-to", "csv", "--outdir", out, path.join(corpus, file)], {
      stdio: "ignore",
      timeout: 60_000,
    });
  } catch {
    // A timeout or a crash counts as not opened.
  }
  const opened = readdirSync(out).some((f) => f.endsWith(".csv"));
  if (!opened) refused.push(file);
  console.log(`${opened ? "opens  " : "refuses"} ${file}`);
  rmSync(out, { recursive: true, force: true });
}
const target = path.join(__dirname, "..", "tests", "corpus", "libreofficeRefuses.json");
writeFileSync(target, JSON.stringify({ made: "node scripts/corpus-libreoffice.js LIST", files: refused }, null, 2) + "\n");
