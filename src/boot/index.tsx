// The one entry point (boot), so the pane never imports the Office shell or file mode: inside
// Excel the pane runs on the Office host; anywhere else (office.js absent, or Office.onReady
// reports no host) file mode takes over. File mode and ExcelJS are a dynamic import, so the
// add-in's start-up bundle does not carry them.
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

if (typeof Office === "undefined") {
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
