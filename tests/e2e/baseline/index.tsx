// The empty pane of the same stack (React 18 + Fluent UI v9, same build tooling): the start-up
// cost every pane pays before its own code, printed beside ours by the e2e suite.
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <main data-testid="pane-ready">
        <Button appearance="primary">Tjek budget</Button>
      </main>
    </FluentProvider>
  );
}
