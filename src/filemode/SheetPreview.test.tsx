/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Grid } from "../core";
import { PREVIEW_MAX_ROWS, SheetPreview, previewCellText } from "./SheetPreview";

expect.extend(toHaveNoViolations);

const grid: Grid = {
  sheetName: "Tryghedsplan 2026",
  originRow: 2,
  originCol: 1,
  rows: [
    ["Aktivitet", 2026, 2027],
    ["Lommepengejob", 120000, null],
    ["Det gode valg", { error: "#REF!" }, true],
  ],
};

function show(g: Grid, selectedCell?: string, lang: "da" | "en" = "da") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetPreview grid={g} selectedCell={selectedCell} lang={lang} />
    </FluentProvider>
  );
}

describe("SheetPreview", () => {
  it("shows column letters and row numbers from the grid's origin", () => {
    show(grid);
    expect(
      screen.getByRole("table", { name: "Arket «Tryghedsplan 2026» (kun visning)" })
    ).toBeVisible();
    expect(
      screen.getByRole("heading", { level: 2, name: "Arket «Tryghedsplan 2026» (kun visning)" })
    ).toBeInTheDocument();
    const headers = screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Række", "B", "C", "D"]);
    const rowHeads = screen.getAllByRole("rowheader").map((h) => h.textContent);
    expect(rowHeads).toEqual(["3", "4", "5"]);
  });

  it("shows numbers in Danish notation, errors as Excel writes them, booleans in Danish", () => {
    show(grid);
    const row4 = screen.getByRole("rowheader", { name: "4" }).closest("tr")!;
    expect(
      within(row4)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Lommepengejob", "120.000", ""]);
    const row5 = screen.getByRole("rowheader", { name: "5" }).closest("tr")!;
    expect(
      within(row5)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Det gode valg", "#REF!", "SAND"]);
  });

  it("moves keyboard focus to the cell Vis points at", () => {
    const view = show(grid);
    expect(document.activeElement).toBe(document.body);
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <SheetPreview grid={grid} selectedCell="'Tryghedsplan 2026'!C4" lang="da" />
      </FluentProvider>
    );
    expect(document.activeElement).toHaveTextContent("120.000");
    expect(document.activeElement).toHaveAttribute("data-selected", "true");
  });

  it("highlights the selected row and cell", () => {
    show(grid, "'Tryghedsplan 2026'!C4");
    const row = screen.getByRole("rowheader", { name: "4" }).closest("tr")!;
    expect(row).toHaveAttribute("aria-current", "true");
    const selected = document.querySelectorAll('[data-selected="true"]');
    expect(selected).toHaveLength(1);
    expect(selected[0].textContent).toBe("120.000");
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it("ignores an address on another sheet", () => {
    show(grid, "Ark2!C4");
    // The sheet is shown (C4 holds 120.000 here), but nothing on it is marked.
    expect(screen.getByRole("rowheader", { name: "4" })).toBeInTheDocument();
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-selected="true"]')).toHaveLength(0);
  });

  it("shows a window around the selected row on long sheets", () => {
    const long: Grid = {
      sheetName: "Lang",
      originRow: 0,
      originCol: 0,
      rows: Array.from({ length: 1000 }, (_, i) => [`Række ${i + 1}`]),
    };
    show(long, "Lang!A500");
    const rowHeads = screen.getAllByRole("rowheader");
    expect(rowHeads).toHaveLength(PREVIEW_MAX_ROWS);
    // Row 500 is sheet row 499 (0-based); half the window above it starts at 0-based 299.
    expect(rowHeads[0].textContent).toBe("300");
    expect(rowHeads[PREVIEW_MAX_ROWS - 1].textContent).toBe("699");
    expect(screen.getByText("Viser 400 af 1.000 rækker og 1 af 1 kolonner.")).toBeInTheDocument();
    expect(document.querySelector('[aria-current="true"]')?.getAttribute("data-row")).toBe("500");
  });

  it("keeps the window inside the sheet near its end", () => {
    const long: Grid = {
      sheetName: "Lang",
      originRow: 0,
      originCol: 0,
      rows: Array.from({ length: 1000 }, (_, i) => [`Række ${i + 1}`]),
    };
    show(long, "Lang!A990");
    const rowHeads = screen.getAllByRole("rowheader");
    expect(rowHeads[0].textContent).toBe("601");
    expect(rowHeads[PREVIEW_MAX_ROWS - 1].textContent).toBe("1000");
  });

  it("formats cells for English too", () => {
    expect(previewCellText(1234567.5, "en")).toBe("1,234,567.5");
    expect(previewCellText(1234567.5, "da")).toBe("1.234.567,5");
    expect(previewCellText(false, "en")).toBe("FALSE");
    expect(previewCellText(null, "da")).toBe("");
    expect(previewCellText(2026, "da")).toBe("2026");
    expect(previewCellText(2101, "da")).toBe("2.101");
  });

  it("has no accessibility violations", async () => {
    const { container } = show(grid, "'Tryghedsplan 2026'!C4");
    expect(await axe(container)).toHaveNoViolations();
  });
});
