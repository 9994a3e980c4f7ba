// The CSV on Office for Mac and iPad, where no download can start from the pane: the CSV's own
// rows open as a new workbook (Excel.createWorkbook on the stand-in), so saved as CSV it has the
// download's columns, "Ændring ÅÅÅÅ" included when a baseline is in use.
import { approve, compare } from "../core/compare";
import { overviewCsv, overviewCsvRows } from "../core/overview";
import { openWorkbookPackage } from "../ooxml";
import { FakeWorkbook } from "../../tests/office/standIn";
import { APPROVED, REVISIONS, planReport } from "../../tests/fixtures/compare/revisions";
import { createOfficeHost } from "./officeHost";

function macHost() {
  const wb = new FakeWorkbook();
  wb.supportUpTo("1.20");
  wb.platform = "mac";
  return { wb, host: createOfficeHost({ runtime: wb.runtime(), now: () => new Date(2026, 2, 5) }) };
}

/** The first sheet of a base64 .xlsx as rows of values (blank cells null). */
function rowsOf(base64: string): unknown[][] {
  const pkg = openWorkbookPackage(new Uint8Array(Buffer.from(base64, "base64")));
  const { grid } = pkg.readSheet(pkg.sheets[0].name);
  return grid.rows.map((r) => r.map((v) => (v === undefined ? null : v)));
}

describe("the CSV route of Office for Mac and iPad", () => {
  const now = planReport(REVISIONS.rowDeleted());
  const changes = compare(approve(planReport(APPROVED), "2025-12-12"), now);

  it("opens a workbook holding the CSV's rows, its Ændring columns included", async () => {
    const { wb, host } = macHost();
    expect(host.csvRoute?.()).toBe("workbook");
    const rows = overviewCsvRows(now.overview, "da", changes);
    await host.exportCsvWorkbook?.(rows);
    expect(wb.createdWorkbooks).toHaveLength(1);
    const opened = rowsOf(wb.createdWorkbooks[0]);
    expect(opened[0]).toEqual(expect.arrayContaining(["Ændring 2026", "Ændring 2027"]));
    // Cell for cell what the CSV download holds (blank cells aside, which CSV keeps as ";;").
    const pad = (r: unknown[], n: number) => [...r, ...Array<null>(n - r.length).fill(null)];
    const width = Math.max(...rows.map((r) => r.length));
    expect(opened.map((r) => pad(r, width))).toEqual(
      rows.map((r) =>
        pad(
          r.map((v) => (v === "" ? null : v)),
          width
        )
      )
    );
    // And the download's header line is the same list of columns.
    const csvHead = overviewCsv(now.overview, "da", changes).slice(1).split("\r\n")[0].split(";");
    expect(csvHead).toEqual(rows[0]);
  });

  it("keeps text that could start a formula as text, as the CSV does", async () => {
    const { wb, host } = macHost();
    await host.exportCsvWorkbook?.([["Aktivitet"], ['=HYPERLINK("x")'], [42]]);
    expect(rowsOf(wb.createdWorkbooks[0])).toEqual([["Aktivitet"], ['\'=HYPERLINK("x")'], [42]]);
  });
});
