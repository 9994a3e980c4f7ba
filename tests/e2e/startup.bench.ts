// Start-up cost, a printed benchmark (`npm run bench:startup`), not a test: a shared 2-core machine
// is too noisy for a threshold. Navigation → first rendered pane, for our build (file mode and
// add-in mode) and for an empty pane of the same stack (React 18 + Fluent UI v9, same webpack/swc
// production build). Run by jest only to reuse the e2e suite's browser, server and stand-in.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { DIST, launchChromium, openPage, type OfficeMode } from "./browser";
import { firstPaintProbe, median, paneReadyAt } from "./pane";
import { startStaticServer, type StaticServer } from "./server";

const RUNS = Number(process.env.E2E_STARTUP_RUNS ?? 5);
const BASELINE = process.env.E2E_BASELINE_DIR;

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(root: string): Promise<StaticServer> {
  const s = await startStaticServer(root);
  servers.push(s);
  return s;
}

/** Median ms from navigation start until `predicate` first holds, each run in a fresh context. */
async function measure(
  root: string,
  path: string,
  predicate: string,
  office: OfficeMode,
  initScript = ""
): Promise<number[]> {
  const server = await serve(root);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const w = await openPage(browser, {
      baseUrl: server.url,
      office,
      initScript: initScript + firstPaintProbe(predicate),
    });
    try {
      await w.page.goto(`${server.url}${path}`, { waitUntil: "commit" });
      times.push(await paneReadyAt(w.page));
    } finally {
      await w.close();
    }
  }
  return times;
}

const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`;

describe("start-up time (printed)", () => {
  it("our pane against an empty pane of the same stack", async () => {
    const hasButton = (text: string) =>
      `() => Array.from(document.querySelectorAll("button")).some((b) => b.textContent.includes(${JSON.stringify(text)}))`;
    const lines: string[] = [];

    // File mode's page (index.html) never loads office.js; taskpane.html opened in a browser goes
    // on to it before office.js arrives (the probe counts from index.html's own navigation).
    const fileMode = await measure(DIST, "/index.html", hasButton("Åbn regneark"), "blocked");
    lines.push(`our build, file mode (index.html, no office.js):     ${fmt(fileMode)}`);
    const fileModeOfficeJs = await measure(
      DIST,
      "/taskpane.html",
      hasButton("Åbn regneark"),
      "delayed"
    );
    lines.push(
      `our build, file mode (taskpane.html, office.js 20 s late): ${fmt(fileModeOfficeJs)}`
    );
    const addIn = await measure(
      DIST,
      "/taskpane.html?addin=1",
      hasButton("Tjek budget"),
      "standIn",
      `window.__officeStandInConfig = { sheets: [{ name: "Ark1", rows: [["Aktivitet", 2026], ["A", 1]] }] };`
    );
    lines.push(`our build, add-in mode (Office stand-in):           ${fmt(addIn)}`);

    if (BASELINE && existsSync(BASELINE)) {
      const empty = await measure(BASELINE, "/index.html", hasButton("Tjek budget"), "blocked");
      lines.push(`empty pane, React 18 + Fluent UI v9, one Button:   ${fmt(empty)}`);
    } else {
      lines.push("empty pane: not built (run through `npm run bench:startup`, which builds it)");
    }
    console.log(
      `Start-up, navigation → first rendered pane, ${RUNS} cold runs each:\n  ${lines.join("\n  ")}`
    );
  });
});
