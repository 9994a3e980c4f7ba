// The pane (App) rendered for a test on a FakeHost, with a user to click and type, once it is
// ready: its check button is enabled.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps } from "../../src/taskpane/App";
import type { Grid } from "../../src/core";
import { FakeHost } from "./fakeHost";

/** Danish, light, current year 2026 unless `props` say otherwise. */
export async function renderPane(
  host: FakeHost,
  props: Partial<AppProps> = {},
  userOptions: Parameters<typeof userEvent.setup>[0] = {}
) {
  const user = userEvent.setup(userOptions);
  const view = render(<App host={host} lang="da" dark={false} currentYear={2026} {...props} />);
  const checkName = props.lang === "en" ? "Check budget" : "Tjek budget";
  await waitFor(() => expect(screen.getByRole("button", { name: checkName })).toBeEnabled());
  return { user, ...view };
}

/**
 * One sheet in a FakeHost (plan year 2026, no automatic re-check), the pane on it, and its first
 * answer shown (the "Resultat" heading).
 */
export async function paneOnSheet(grid: Grid, extra: { fileName?: string } = {}) {
  const host = new FakeHost({
    sheets: [grid],
    settings: { version: 1, planYear: 2026, autoRecheck: false },
    ...extra,
  });
  const { user } = await renderPane(host);
  await screen.findByRole("heading", { name: "Resultat" });
  return { host, user };
}
