/** @jest-environment jsdom */
// Where "Vis" points, said beside the sheet: the cell and its column, the row's activity (Nr. and
// name), the activity column pinned beside the cell, an empty cell shown as «(tom)», and the way
// back to the finding.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { check, type CellValue, type Grid, type Report } from "../core";
import { DEFAULT_FRAME_ORE } from "../core/settings";
import { SheetPreview } from "./SheetPreview";

expect.extend(toHaveNoViolations);

const SHEET = "Tryghedsplan 2026";

function gridOf(rows: CellValue[][]): Grid {
  return { sheetName: SHEET, originRow: 0, originCol: 0, rows };
}

function reportOf(grid: Grid): Report {
  const r = check(grid, { defaultFrame: DEFAULT_FRAME_ORE, frames: {}, currentYear: 2026 });
  if (!r.ok) throw new Error("no table");
  return r.report;
}

const plan = gridOf([
  ["Nr.", "Aktivitet", "Forankringsplan", 2026, 2027],
  ["1", "Lommepengejob", "Kommunen viderefører", 120000, 120000],
  ["2", "Haven", null, 50000, 50000],
  ["I alt", null, null, 170000, 999],
]);

function show(grid: Grid, cell: string, onBack?: () => void, lang: "da" | "en" = "da") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetPreview
        grid={grid}
        selectedCell={`'${SHEET}'!${cell}`}
        lang={lang}
        report={reportOf(grid)}
        onBack={onBack}
      />
    </FluentProvider>
  );
}

describe("the cell Vis points at", () => {
  it("is named with its column and its row's activity, and an empty one says so", () => {
    show(plan, "C3");
    const bar = screen.getByTestId("preview-target");
    expect(bar).toHaveTextContent("Fundets celle: C3 (Forankringsplan)");
    expect(bar).toHaveTextContent("Aktivitet: Nr. 2 Haven");
    const cell = document.querySelector('[data-selected="true"]');
    expect(cell).toHaveTextContent("(tom)");
    // Marked by more than colour: an arrow by the row number too.
    expect(screen.getByRole("rowheader", { name: "3" })).toHaveTextContent("▶3");
  });

  it("keeps the activity's name column pinned beside a cell to its right", () => {
    show(plan, "E3");
    const pinned = [...document.querySelectorAll('[data-pinned="true"]')].map((c) => c.textContent);
    expect(pinned).toEqual(["Aktivitet", "Lommepengejob", "Haven", ""]);
  });

  it("a total row has no activity: only the cell and column are named", () => {
    show(plan, "E4");
    const bar = screen.getByTestId("preview-target");
    expect(bar).toHaveTextContent("Fundets celle: E4 (2027)");
    expect(bar).not.toHaveTextContent("Aktivitet:");
  });

  it("a budget line belongs to the activity above it", () => {
    const lines = gridOf([
      ["Nr.", "Aktivitet", "Budgetpost", 2026],
      ["1", "Haven", "Lønmidler", 30000],
      [null, null, "Aktivitetsmidler", "ca. 20.000"],
      [null, null, "I alt", 50000],
      ["2", "Lommepengejob", "Aktivitetsmidler", 1000],
    ]);
    show(lines, "D3");
    expect(screen.getByTestId("preview-target")).toHaveTextContent("Aktivitet: Nr. 1 Haven");
  });

  it("«Tilbage til fundet» calls back; English words in English", async () => {
    const onBack = jest.fn();
    show(plan, "C3", onBack, "en");
    expect(screen.getByTestId("preview-target")).toHaveTextContent(
      "The finding's cell: C3 (Forankringsplan)Activity: No. 2 Haven"
    );
    expect(document.querySelector('[data-selected="true"]')).toHaveTextContent("(empty)");
    await userEvent.setup().click(screen.getByRole("button", { name: "Back to the finding" }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it("has no accessibility violations", async () => {
    const { container } = show(plan, "C3", () => undefined);
    expect(await axe(container)).toHaveNoViolations();
  });
});
