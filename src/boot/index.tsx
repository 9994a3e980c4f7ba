// The one entry point (boot), so the pane never imports the Office shell or file mode: inside
// Excel the pane runs on the Office host; anywhere else (office.js absent, or Office.onReady
// reports no host) file mode takes over. gate.js runs first (ES5): the old-webview message, and
// taskpane.html outside Office goes on to index.html, which does not load office.js at all. File
// mode and ExcelJS are a dynamic import, so the add-in's start-up bundle does not carry them.
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/officeHost";
import { officeEnv, watchOfficeEnv, type OfficeEnv } from "../excel/officeEnv";
import { App } from "../taskpane/App";
import { renderPdf } from "./renderPdf";

function rootElement(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const el = document.createElement("div");
  el.id = "container";
  document.body.appendChild(el);
  return el;
}

function startFileMode(): void {
  import(/* webpackChunkName: "filemode" */ "../filemode/startFileMode")
    .then((m) => m.startFileMode(rootElement(), renderPdf))
    .catch((e: unknown) => {
      // Nothing else can show this: say it in the page rather than fail silently.
      rootElement().textContent = `Budgettjek kunne ikke starte: ${e instanceof Error ? e.message : String(e)}`;
    });
}

if ((window as { __budgettjekOldWebview?: boolean }).__budgettjekOldWebview) {
  // gate.js already shows the old-webview message (an EdgeHTML webview gets this far); nothing more.
} else if (typeof Office === "undefined") {
  // index.html (file mode's page) never loads office.js: the pane paints at once.
  startFileMode();
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      const root = rootElement();
      // The pane's full height, so the theme's background reaches the bottom of the task pane.
      for (const el of [document.documentElement, document.body, root]) {
        el.style.height = "100%";
        el.style.margin = "0";
      }
      const reactRoot = createRoot(root);
      const host = createOfficeHost();
      const render = (env: OfficeEnv): void =>
        reactRoot.render(
          <main style={{ height: "100%" }}>
            <App host={host} renderPdf={renderPdf} {...env} />
          </main>
        );
      render(officeEnv());
      // The pane follows Office when the user switches its theme while the pane is open.
      watchOfficeEnv(render);
    } else {
      startFileMode();
    }
  });
}
