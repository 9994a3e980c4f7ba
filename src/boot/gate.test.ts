// gate.js, the page's first script: ES5 only (it must parse in IE11), the old-webview message in
// Trident and EdgeHTML, and taskpane.html outside Office going on to file mode's page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";

const SOURCE = readFileSync(join(__dirname, "gate.js"), "utf8");

const UA = {
  webview2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  safari:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
};

interface Run {
  replaced: string[];
  container: { innerHTML: string };
  window: Record<string, unknown>;
}

function run(opts: {
  ua: string;
  page: "taskpane" | "filemode";
  search?: string;
  name?: string;
  stored?: string | null;
}): Run {
  const replaced: string[] = [];
  const container = { innerHTML: "" };
  const window: Record<string, unknown> = {
    navigator: { userAgent: opts.ua },
    location: { search: opts.search ?? "", hash: "", replace: (u: string) => replaced.push(u) },
    name: opts.name ?? "",
    sessionStorage: { getItem: () => opts.stored ?? null },
  };
  const document = {
    readyState: "complete",
    documentElement: { getAttribute: (a: string) => (a === "data-page" ? opts.page : null) },
    getElementById: (id: string) => (id === "container" ? container : null),
    body: container,
  };
  runInNewContext(SOURCE, { window, document });
  return { replaced, container, window };
}

test("gate.js is ES5, so IE11 can parse it and show its message", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
});

test.each([
  ["Trident (IE11)", UA.trident],
  ["EdgeHTML", UA.edgeHtml],
])("%s: a Danish and English message, the pane does not start", (_, ua) => {
  const r = run({ ua, page: "taskpane", search: "?addin=1" });
  expect(r.container.innerHTML).toContain("Budgettjek kan ikke køre i denne version af Office");
  expect(r.container.innerHTML).toContain("Budget check cannot run in this version of Office");
  expect(r.window.__budgettjekOldWebview).toBe(true);
  expect(r.replaced).toEqual([]);
});

test("WebView2 and Safari: no message", () => {
  for (const ua of [UA.webview2, UA.safari]) {
    const r = run({ ua, page: "taskpane", search: "?addin=1" });
    expect(r.container.innerHTML).toBe("");
    expect(r.window.__budgettjekOldWebview).toBeUndefined();
  }
});

test("taskpane.html outside Office goes on to index.html, keeping ?lang and ?theme", () => {
  const r = run({ ua: UA.webview2, page: "taskpane", search: "?lang=en&theme=dark" });
  expect(r.replaced).toEqual(["index.html?lang=en&theme=dark"]);
});

test.each([
  ["the manifest's addin=1", { search: "?addin=1" }],
  ["office.js's _host_Info in the address", { search: "?_host_Info=Excel$Win32$16.01$da-DK$$$$0" }],
  ["office.js's host info in window.name", { name: '{"hostInfo":"Excel|Mac|16.01"}' }],
  ["office.js's host info kept in sessionStorage", { stored: "Excel$Web$16.00$da-DK" }],
])("inside Office (%s) taskpane.html stays and waits for Office", (_, signal) => {
  expect(run({ ua: UA.webview2, page: "taskpane", ...signal }).replaced).toEqual([]);
});

test("index.html (file mode's page) never goes anywhere", () => {
  expect(run({ ua: UA.webview2, page: "filemode" }).replaced).toEqual([]);
});
