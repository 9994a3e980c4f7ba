// Debian's Chromium driven by playwright-core (never a downloaded browser), with every request
// watched so tests can assert the workbook never leaves the page.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, normalize, resolve, sep } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
} from "playwright-core";
import { startStaticServer, type StaticServer } from "./server";

export const REPO = resolve(__dirname, "../..");
export const DIST = process.env.E2E_DIST ?? join(REPO, "dist");
export const SAMPLE = join(REPO, "assets/eksempel-tryghedsplan-2026.xlsx");
/** The URL taskpane.html keeps (published add-ins must load office.js from Microsoft's CDN). */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_PACKAGE_DIST = join(REPO, "node_modules/@microsoft/office-js/dist");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/**
 * How office.js is answered: the real file from @microsoft/office-js (outside Office it must
 * report no host, so the page falls back to file mode), our Office/Excel stand-in, a network
 * failure (as when the CDN is unreachable), or the real file after OFFICE_DELAY_MS (a slow CDN).
 */
export type OfficeMode = "package" | "standIn" | "blocked" | "delayed";

/** How long "delayed" holds office.js back: the 20 s a filtering municipal proxy was seen to take. */
export const OFFICE_DELAY_MS = 20_000;

export interface PageOptions {
  baseUrl: string;
  office?: OfficeMode;
  locale?: string;
  colorScheme?: "light" | "dark";
  viewport?: { width: number; height: number };
  /** Script run in the page before any of its own (e.g. the stand-in's workbook). */
  initScript?: string;
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every request the page made: URL, method, and whether it carried a body. */
  requests: { url: string; method: string; hasBody: boolean }[];
  /** Requests to the office.js CDN that we answered locally (never reached the internet). */
  routedOffice: string[];
  close(): Promise<void>;
}

async function answerFromPackage(route: Route, url: string): Promise<void> {
  const rest = decodeURIComponent(new URL(url).pathname.replace("/lib/1/hosted/", ""));
  const file = normalize(join(OFFICE_PACKAGE_DIST, rest));
  if (!file.startsWith(OFFICE_PACKAGE_DIST + sep)) return route.abort();
  try {
    const body = await readFile(file);
    await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  } catch {
    await route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
  }
}

let built: Promise<string> | undefined;

/**
 * The compiled Office stand-in (tests/office/browserGlobals.ts): built by `npm run test:e2e`
 * (E2E_STAND_IN), or here once per test file when the suite is run directly.
 */
function standInScript(): Promise<string> {
  const given = process.env.E2E_STAND_IN;
  if (given) return Promise.resolve(given);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require("../office/buildStandIn.js") as (dir: string) => Promise<string>;
  built ??= mkdtemp(join(tmpdir(), "budgettjek-standin-")).then(build);
  return built;
}

export async function openPage(browser: Browser, options: PageOptions): Promise<WatchedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: options.locale ?? "da-DK",
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport ?? { width: 1100, height: 900 },
  });
  const requests: WatchedPage["requests"] = [];
  const routedOffice: string[] = [];
  context.on("request", (r) => {
    requests.push({ url: r.url(), method: r.method(), hasBody: r.postDataBuffer() !== null });
  });
  const mode = options.office ?? "package";
  const standIn = mode === "standIn" ? await readFile(await standInScript(), "utf8") : "";
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const url = route.request().url();
    routedOffice.push(url);
    if (mode === "blocked") return route.abort("internetdisconnected");
    if (mode === "standIn") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: standIn });
    }
    if (mode === "delayed") {
      await new Promise((ok) => setTimeout(ok, OFFICE_DELAY_MS));
      // The page may be gone by then (the test ended): nothing to answer.
      return answerFromPackage(route, url).catch(() => undefined);
    }
    return answerFromPackage(route, url);
  });
  // Anything else off the local server is refused, so a stray request fails loudly here too.
  await context.route(
    (url) => !url.href.startsWith(options.baseUrl) && !url.href.startsWith(OFFICE_CDN),
    (route) => route.abort("blockedbyclient")
  );
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  return { context, page, requests, routedOffice, close: () => context.close() };
}

/** Requests that went neither to the local server nor to a locally answered office.js URL. */
export function offsiteRequests(w: WatchedPage, baseUrl: string): string[] {
  return w.requests
    .map((r) => r.url)
    .filter(
      (u) =>
        !u.startsWith(baseUrl + "/") &&
        !u.startsWith("blob:") &&
        !u.startsWith("data:") &&
        !w.routedOffice.includes(u)
    );
}

/**
 * The production build on a local server and one Chromium for a whole test file: started in a
 * beforeAll, closed in an afterAll. Read `server` and `browser` inside tests and hooks only.
 */
export function servedBuild(): { readonly server: StaticServer; readonly browser: Browser } {
  const served = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    served.server = await startStaticServer(DIST);
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
