#!/usr/bin/env node
// `npm run test:e2e`: production build, the empty-pane baseline build, then the browser suite
// (jest.e2e.config.js; each test file serves dist/ on 127.0.0.1 itself). E2E_SKIP_BUILD=1 reuses dist/.
// `npm run bench:startup` (E2E_BENCH=1): the same builds, then the printed start-up benchmark.
const { spawnSync } = require("node:child_process");
const { existsSync, mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

const repo = path.resolve(__dirname, "..");
const started = Date.now();
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function buildBaseline(outDir) {
  const webpack = require("webpack");
  const config = require(path.join(repo, "tests/e2e/baseline/webpack.config.js"))(outDir);
  return new Promise((ok, fail) =>
    webpack(config, (err, stats) => {
      if (err) return fail(err);
      if (stats.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      ok();
    })
  );
}

async function main() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(
      `Chromium findes ikke på ${chromium}: installér den med apt-get install chromium.`
    );
    return 2;
  }
  if (process.env.E2E_SKIP_BUILD !== "1") {
    console.log("e2e: npm run build");
    const status = run(npm, ["run", "build"]);
    if (status !== 0) return status;
  }
  if (!existsSync(path.join(repo, "dist/taskpane.html"))) {
    console.error("dist/taskpane.html mangler: byg først med npm run build.");
    return 2;
  }
  const baselineDir = mkdtempSync(path.join(tmpdir(), "budgettjek-baseline-"));
  let status;
  try {
    console.log("e2e: building the empty-pane baseline");
    await buildBaseline(baselineDir);
    // The one Office stand-in (tests/office), compiled for the page; next to the baseline so it
    // is removed with it.
    console.log("e2e: building the Office stand-in");
    const standIn = await require(path.join(repo, "tests/office/buildStandIn.js"))(
      path.join(baselineDir, "office")
    );
    status = run(
      process.execPath,
      [require.resolve("jest/bin/jest"), "-c", "jest.e2e.config.js", ...process.argv.slice(2)],
      { E2E_BASELINE_DIR: baselineDir, E2E_STAND_IN: standIn }
    );
  } finally {
    // Each run builds its own baseline; leaving them piled up in /tmp helps nobody.
    rmSync(baselineDir, { recursive: true, force: true });
  }
  console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return status;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
