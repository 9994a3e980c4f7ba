/** @jest-environment jsdom */
// Files the page cannot use, each said with the package reader's own reason, as the command says
// it: headline and text agree, an old .xls is called old .xls (not "not a workbook"), a cut-off
// file incomplete (not damaged), a password-protected one only that, an empty one empty.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REFUSED_FILES } from "../../tests/fixtures/refusedFiles";
import { fileOf } from "../../tests/doubles/files";
import { FileModeApp } from "./FileModeApp";

jest.setTimeout(30_000);

function renderApp(lang: "da" | "en" = "da") {
  // The picker offers .xlsx; "All files" or a drop hands it anything, which is what is tested.
  const user = userEvent.setup({ applyAccept: false });
  render(
    <FileModeApp
      initialLang={lang}
      initialDark={false}
      deps={{ download: jest.fn(), storage: null }}
      currentYear={2026}
    />
  );
  return user;
}

describe("file mode's refusals, in the reader's words", () => {
  it.each(REFUSED_FILES.map((f) => [f.what, f] as const))("%s", async (_what, f) => {
    const user = renderApp();
    await user.upload(screen.getByLabelText("Åbn regneark…"), fileOf(await f.bytes(), f.name));
    const alert = await screen.findByRole("alert");
    // The title is the reason, then the sentence naming the file; nothing else to contradict it.
    expect(alert).toHaveTextContent(new RegExp(`^${escape(f.title)}${escape(f.text)}$`));
    expect(within(alert).getByText(f.title)).toBeInTheDocument();
    expect(alert.textContent).not.toMatch(f.notSaid);
    expect(alert.textContent).not.toMatch(/Detaljer/);
    // The page stays usable for the next file.
    expect(screen.getByRole("button", { name: "Åbn regneark…" })).toBeEnabled();
  });

  it("says the same in English when the page is English", async () => {
    const user = renderApp("en");
    const xls = REFUSED_FILES[0];
    await user.upload(screen.getByLabelText("Open workbook…"), fileOf(await xls.bytes(), xls.name));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The old .xls formatgammel.xls is in the old .xls format; open it in Excel and save it as .xlsx."
    );
    await user.upload(screen.getByLabelText("Open workbook…"), fileOf(new Uint8Array(0), "e.xlsx"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /^The file is emptye\.xlsx is empty/
    );
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
