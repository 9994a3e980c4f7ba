/** @jest-environment jsdom */
// One-click fixes: the exact cell and value handed to the host, then the automatic re-check.
// (That Excel gets one undo group per fix is src/excel/applyFix.test.ts's part.)
import { configure, screen, within } from "@testing-library/react";
import type { CellValue, Grid } from "../core";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { paneOnSheet, renderPane } from "../../tests/doubles/renderPane";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const SHEET = "Budget 2026";

function sheet(rows: CellValue[][]): Grid {
  return {
    sheetName: SHEET,
    originRow: 0,
    originCol: 0,
    rows: [["Aktivitet", "Samarbejdspartnere", 2026], ...rows],
  };
}

const readsOf = (host: FakeHost) => host.callsOf("readSheet").length;

describe("fixes", () => {
  test("says Ctrl+Z may not undo a fix Excel wrote outside an undo group", async () => {
    const { host, user } = await paneOnSheet(
      sheet([
        ["Lommepengejob", "SSP, fsb", "120.000 kr."],
        ["Haven", "fsb, Kulturhus", 50000],
      ])
    );
    const write = host.applyFix.bind(host);
    host.applyFix = async (fix) => ({ ...(await write(fix)), mayNotUndo: true });
    const group = screen.getByRole("region", { name: "Advarsel: Beløb skrevet som tekst (1)" });
    await user.click(
      within(group).getByRole("button", { name: "Ret til tal: 120.000 kr. i cellen C2" })
    );
    expect(await screen.findByText(/^Cellen C2 er rettet/)).toHaveTextContent(
      "Ctrl+Z (Cmd+Z på Mac) fortryder den måske ikke"
    );
  });

  test("TEXT_AMOUNT: 'Ret til tal' writes the number with the kroner format, then re-checks", async () => {
    const { host, user } = await paneOnSheet(
      sheet([
        ["Lommepengejob", "SSP, fsb", "120.000 kr."],
        ["Haven", "fsb, Kulturhus", 50000],
      ])
    );
    const group = screen.getByRole("region", { name: "Advarsel: Beløb skrevet som tekst (1)" });
    const reads = readsOf(host);
    await user.click(
      within(group).getByRole("button", { name: "Ret til tal: 120.000 kr. i cellen C2" })
    );
    await screen.findByText(/^Cellen C2 er rettet/);
    expect(host.callsOf("applyFix")).toEqual([
      [
        {
          code: "TEXT_AMOUNT",
          at: { sheet: SHEET, row: 1, col: 2 },
          write: {
            kind: "number",
            value: 120000,
            numberFormat: '#,##0 "kr."',
            // The neighbouring activity's amount cell, whose format the host copies.
            formatFrom: [{ sheet: SHEET, row: 2, col: 2 }],
          },
          label: { kind: "toNumber", amount: 12000000 },
        },
      ],
    ]);
    expect(readsOf(host)).toBe(reads + 1);
    expect(screen.queryByRole("region", { name: /Beløb skrevet som tekst/ })).toBeNull();
    expect(screen.getByText("1 fund er løst siden sidste tjek.")).toBeInTheDocument();
  });

  test("AMBIGUOUS_NUMBER: both readings offered; the chosen one is written", async () => {
    const { host, user } = await paneOnSheet(
      sheet([
        ["Haven", "fsb, Kulturhus", "250,000"],
        ["Lommepengejob", "SSP, fsb", 1000],
      ])
    );
    const group = screen.getByRole("region", { name: "Advarsel: Tvetydigt tal (1)" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Vis", "Læs som 250 kr.", "Læs som 250.000 kr."]);
    await user.click(
      within(group).getByRole("button", { name: "Læs som 250.000 kr. i cellen C2" })
    );
    await screen.findByText(/^Cellen C2 er rettet/);
    const [[fix]] = host.callsOf("applyFix") as [[{ at: unknown; write: unknown }]];
    expect([fix.at, fix.write]).toEqual([
      { sheet: SHEET, row: 1, col: 2 },
      {
        kind: "number",
        value: 250000,
        numberFormat: '#,##0 "kr."',
        formatFrom: [{ sheet: SHEET, row: 2, col: 2 }],
      },
    ]);
    expect(screen.queryByRole("region", { name: /Tvetydigt tal/ })).toBeNull();
  });

  test("TOTAL_MISMATCH: 'Erstat med =SUM(…)' writes the formula over the rows above", async () => {
    const { host, user } = await paneOnSheet(
      sheet([
        ["Lommepengejob", "SSP, fsb", 100000],
        ["Haven", "fsb, Kulturhus", 50000],
        ["I alt", null, 140000],
      ])
    );
    const group = screen.getByRole("region", { name: "Advarsel: «I alt» stemmer ikke (1)" });
    await user.click(
      within(group).getByRole("button", { name: "Erstat med =SUM(C2:C3) i cellen C4" })
    );
    await screen.findByText(/^Cellen C4 er rettet/);
    const [[fix]] = host.callsOf("applyFix") as [[{ at: unknown; write: unknown }]];
    expect([fix.at, fix.write]).toEqual([
      { sheet: SHEET, row: 3, col: 2 },
      { kind: "formula", formula: "=SUM(C2:C3)", value: 150000 },
    ]);
    expect(screen.queryByRole("region", { name: /stemmer ikke/ })).toBeNull();
  });

  test("file mode: the pane says the fix goes into the downloaded copy, not the file", async () => {
    const { user } = await paneOnSheet(sheet([["Lommepengejob", "SSP, fsb", "120000"]]), {
      fileName: "plan.xlsx",
    });
    await user.click(screen.getByRole("button", { name: "Ret til tal: 120.000 kr. i cellen C2" }));
    expect(
      await screen.findByText(
        "Rettelsen af C2 er vist her og kommer med i den kopi, du henter med «Skriv oversigt» (1 rettelse i alt). Den oprindelige fil ændres ikke."
      )
    ).toBeInTheDocument();
  });

  test("English labels", async () => {
    const host = new FakeHost({
      sheets: [sheet([["Haven", "fsb, Kulturhus", "120.000 kr."]])],
      settings: { version: 1, planYear: 2026 },
    });
    await renderPane(host, { lang: "en" });
    await screen.findByRole("heading", { name: "Result" });
    expect(
      screen.getByRole("button", { name: "Convert to number: DKK 120,000 in cell C2" })
    ).toBeInTheDocument();
  });
});
