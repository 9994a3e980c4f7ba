// The document definition (before pdfmake lays it out): non-breaking spaces between a number and
// its unit, and the budget table on landscape pages when the years leave the names no room.
import type { Grid, Ore } from "../core";
import { check } from "../core";
import { keepUnits } from "./layout";
import { reportDocument } from "./reportDoc";

const reportOf = (years: number[]) => {
  const rows: Grid["rows"] = [["Aktivitet", "Indsatsområde", "Samarbejdspartnere", ...years]];
  rows.push(["Lommepengejob", "Uddannelse", "SSP; fsb", ...years.map(() => 1000)]);
  rows.push(["Sekretariat", null, "SSP; fsb", ...years.map(() => 500)]);
  const r = check(
    { sheetName: "Plan 2026", originRow: 0, originCol: 0, rows },
    { defaultFrame: 190_000_000 as Ore, frames: {}, currentYear: 2026 }
  );
  if (!r.ok) throw new Error("no table");
  return r.report;
};

describe("the PDF's document", () => {
  it("keeps a number with its unit", () => {
    expect(keepUnits("(70,6 %) mindst 75 %, 120.000 kr. og DKK 5,000")).toBe(
      "(70,6\u00a0%) mindst 75\u00a0%, 120.000\u00a0kr. og DKK\u00a05,000"
    );
    const doc = JSON.stringify(
      reportDocument({
        report: reportOf([2026, 2027]),
        lang: "da",
        fileName: "x.xlsx",
        date: new Date(2026, 2, 5),
      })
    );
    expect(doc).toContain("75\u00a0%");
    expect(doc).not.toMatch(/\d %/);
  });

  it("puts the budget table on landscape pages when there are many years, then goes on in portrait", () => {
    const input = (years: number[]) => ({
      report: reportOf(years),
      lang: "da" as const,
      fileName: "x.xlsx",
      date: new Date(2026, 2, 5),
    });
    const orientations = (years: number[]) =>
      (reportDocument(input(years)).content as { pageOrientation?: string }[])
        .map((c) => c.pageOrientation)
        .filter(Boolean);
    expect(orientations([2025, 2026, 2027, 2028])).toEqual([]);
    expect(orientations([2024, 2025, 2026, 2027, 2028, 2029, 2030])).toEqual([
      "landscape",
      "portrait",
    ]);
  });
});
