/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { noBudgetWorkbook, overviewWorkbook, toBytes } from "../../tests/xlsx/fixtures";
import { fileOf, XLSX_TYPE } from "../../tests/doubles/files";
import { FileModeApp } from "./FileModeApp";
import { pickDark, pickLang } from "./startFileMode";

expect.extend(toHaveNoViolations);
jest.setTimeout(30_000);

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const xlsxFile = (bytes: Uint8Array, name: string): File => fileOf(bytes, name, XLSX_TYPE);

const deps = { download: jest.fn(), storage: null };

function renderApp(lang: "da" | "en" = "da", onPrefsChange = jest.fn()) {
  const user = userEvent.setup();
  const view = render(
    <FileModeApp
      initialLang={lang}
      initialDark={false}
      deps={deps}
      currentYear={2026}
      onPrefsChange={onPrefsChange}
    />
  );
  return { user, view, onPrefsChange };
}

describe("FileModeApp", () => {
  it("says it runs outside Excel and offers to open a workbook", async () => {
    const { view } = renderApp();
    expect(screen.getByText(/Budgettjek kører her uden for Excel/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Åbn regneark…" })).toBeInTheDocument();
    expect(screen.getByText("eller træk en .xlsx-fil herind")).toBeInTheDocument();
    expect(screen.getByLabelText("Åbn regneark…")).toHaveAttribute(
      "accept",
      ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    expect(document.documentElement.lang).toBe("da");
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it("explains a file that is not a workbook and stays usable", async () => {
    const { user } = renderApp();
    const input = screen.getByLabelText("Åbn regneark…");
    await user.upload(input, xlsxFile(bytesOf("hej"), "noter.xlsx"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Ikke en Excel-projektmappenoter.xlsx er ikke en Excel-projektmappe (.xlsx)."
    );
    expect(screen.getByRole("button", { name: "Åbn regneark…" })).toBeEnabled();
  });

  it("words a refused file in the page's language, naming the file", async () => {
    const { user } = renderApp("en");
    await user.upload(
      screen.getByLabelText("Open workbook…"),
      xlsxFile(bytesOf("hej"), "notes.xlsx")
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Not an Excel workbooknotes.xlsx is not an Excel workbook (.xlsx)."
    );
  });

  it("explains a workbook without a budget table", async () => {
    const { user } = renderApp();
    await user.upload(
      screen.getByLabelText("Åbn regneark…"),
      xlsxFile(await toBytes(noBudgetWorkbook()), "noter.xlsx")
    );
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Der er ingen budgettabel i noter.xlsx. Budgettjek leder efter en overskriftsrække med en kolonne «Aktivitet» (eller «Indsats») og kolonner med årstal (fx 2026 eller «Budget 2026») i de første 30 rækker."
    );
  });

  it("runs the pane on a workbook it opens, and a bad second file keeps the first open", async () => {
    const { user } = renderApp();
    await user.upload(
      screen.getByLabelText("Åbn regneark…"),
      xlsxFile(await toBytes(overviewWorkbook()), "Tryghedsplan 2026.xlsx")
    );
    expect(
      await screen.findByText("Åbnet: Tryghedsplan 2026.xlsx", {}, { timeout: 5000 })
    ).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /Tjek budget/ })).toBeInTheDocument();

    await user.upload(screen.getByLabelText("Åbn regneark…"), xlsxFile(bytesOf("x"), "andet.xlsx"));
    expect(await screen.findByRole("alert")).toHaveTextContent(/andet\.xlsx er ikke en Excel/);
    expect(screen.getByText("Åbnet: Tryghedsplan 2026.xlsx")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Tjek budget/ })).toBeInTheDocument();
  });

  it("«Vis» names the row's activity beside the sheet; «Tilbage til fundet» returns to that Vis", async () => {
    const { user } = renderApp();
    await user.upload(
      screen.getByLabelText("Åbn regneark…"),
      xlsxFile(await toBytes(overviewWorkbook()), "Tryghedsplan 2026.xlsx")
    );
    const shows = await screen.findAllByRole("button", { name: /^Vis cellen / }, { timeout: 5000 });
    const vis = shows[shows.length - 1];
    await user.click(vis);
    expect(screen.getByTestId("preview-target")).toHaveTextContent(/^Fundets celle: [A-Z]+\d+/);
    expect(document.activeElement).toHaveAttribute("data-selected", "true");
    await user.click(screen.getByRole("button", { name: "Tilbage til fundet" }));
    expect(document.activeElement).toBe(vis);
  });

  it("switches language and theme on request and reports the choice", async () => {
    const { user, onPrefsChange } = renderApp();
    await user.selectOptions(screen.getByLabelText("Sprog"), "en");
    expect(screen.getByRole("button", { name: "Open workbook…" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(onPrefsChange).toHaveBeenLastCalledWith("en", false);
    await user.click(screen.getByRole("switch", { name: "Dark theme" }));
    expect(onPrefsChange).toHaveBeenLastCalledWith("en", true);
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });
});

describe("page preferences", () => {
  it("takes the language from ?lang, else the remembered choice, else Danish", () => {
    // Danish unless the address or the user's remembered choice says English; an English
    // browser no longer decides (a Danish user with an English Chrome got English).
    expect(pickLang("?lang=en", null)).toBe("en");
    expect(pickLang("?lang=DA", "en")).toBe("da");
    expect(pickLang("?lang=de", null)).toBe("da");
    expect(pickLang("", null)).toBe("da");
    expect(pickLang("", "en")).toBe("en");
    expect(pickLang("", undefined)).toBe("da");
  });

  it("takes the theme from ?theme, else the system", () => {
    expect(pickDark("?theme=dark", false)).toBe(true);
    expect(pickDark("?theme=light", true)).toBe(false);
    expect(pickDark("", true)).toBe(true);
    expect(pickDark("?theme=blå", false)).toBe(false);
  });
});
