/** @jest-environment jsdom */
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import {
  APPROVED,
  planGrid,
  planReport,
  REVISIONS,
} from "../../../tests/fixtures/compare/revisions";
import { FakeHost } from "../../../tests/doubles/fakeHost";
import ExcelJS from "exceljs";
import { compoundFile, toBytes } from "../../../tests/xlsx/fixtures";
import { approve, type Baseline } from "../../core/compare";
import type { StoredBaseline } from "../../core/compare";
import type { BaselineSaved, OverviewWriteOptions } from "../../host/WorkbookHost";
import { overviewSheetPlan } from "../../core/overview";
import type { Report } from "../../core";
import { App } from "../App";

expect.extend(toHaveNoViolations);
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const approvedBaseline = (): Baseline => approve(planReport(), "2025-12-12");

/** A host that stores a baseline, as Office (customXmlParts) and file mode (a copy) do. */
class BaselineHost extends FakeHost {
  saved: Baseline[] = [];
  constructor(
    now = REVISIONS.rowInserted(),
    public storedBaseline: StoredBaseline = {
      found: true,
      ok: true,
      part: "{1}",
      baseline: approvedBaseline(),
    }
  ) {
    super({ sheets: [planGrid(now)], active: "Tryghedsplan 2026" });
  }
  async readBaseline(): Promise<StoredBaseline> {
    return this.storedBaseline;
  }
  async saveBaseline(b: Baseline): Promise<BaselineSaved> {
    this.saved.push(b);
    return {};
  }
}

async function renderPane(host: FakeHost) {
  const user = userEvent.setup();
  render(<App host={host} lang="da" dark={false} currentYear={2026} />);
  const section = await screen.findByTestId("changes-section");
  return { user, section };
}

describe("Ændringer siden godkendt in the pane", () => {
  it("says quietly that no baseline could be read (Excel on iPad, unsaved), with no error bar", async () => {
    const host = new BaselineHost(REVISIONS.rowInserted(), { found: false, unread: true });
    const { section } = await renderPane(host);
    await within(section).findByText(/Excel kunne ikke læse et godkendt grundlag/);
    // No error bar (its title is «Det lykkedes ikke»), only the quiet line.
    expect(screen.queryByText("Det lykkedes ikke")).toBeNull();
  });

  it("reads the stored baseline once, after the first answer is on screen", async () => {
    const shownAtRead: boolean[] = [];
    const host = new BaselineHost();
    const read = host.readBaseline.bind(host);
    host.readBaseline = async () => {
      shownAtRead.push(screen.queryByTestId("severity-counts") !== null);
      return read();
    };
    const { user, section } = await renderPane(host);
    await within(section).findByRole("heading", { name: "Ændringer siden godkendt 12-12-2025" });
    // A re-check (a new report) does not read it again.
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Tjek budget" })).toBeEnabled());
    expect(shownAtRead).toEqual([true]);
  });

  it("shows the stored baseline's changes under the year cards, each activity with Vis", async () => {
    const host = new BaselineHost();
    const { user, section } = await renderPane(host);
    await within(section).findByRole("heading", { name: "Ændringer siden godkendt 12-12-2025" });
    expect(within(section).getByText("Grundlaget er gemt i projektmappen.")).toBeInTheDocument();
    // Per year a compact table (approved, now, change), readable at 360 px; the leftover below.
    const years = within(section).getByTestId("change-years");
    expect(
      within(years)
        .getAllByRole("row")
        .map((r) => [...r.children].map((c) => c.textContent))
    ).toEqual([
      ["År", "Godkendt", "Nu", "Ændring"],
      ["2026", "1.900.000 kr.", "1.980.000 kr.", "+80.000 kr."],
      ["2027", "1.050.000 kr.", "1.130.000 kr.", "+80.000 kr."],
      ["2028", "500.000 kr.", "500.000 kr.", "0 kr."],
    ]);
    expect(
      within(section).getByText(/^Restbeløb nu: 2026: -80\.000 kr\., 2027/)
    ).toBeInTheDocument();
    const list = within(section).getByTestId("changed-activities");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["Tilføjet: Lektiecafé2026: +80.000 kr., 2027: +80.000 kr.Vis"]);
    await user.click(within(list).getByRole("button", { name: /^Vis cellen/ }));
    expect(host.calls.filter((c) => c.method === "selectCell").map((c) => c.args[0])).toEqual([
      "'Tryghedsplan 2026'!B6",
    ]);
    // The section sits right under the year cards (before the actions).
    const results = screen.getByRole("heading", { name: "Resultat" });
    expect(
      results.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
    expect(await axe(section)).toHaveNoViolations();
  });

  it("Godkend som grundlag stores the checked plan with the approval history", async () => {
    const host = new BaselineHost();
    const { user, section } = await renderPane(host);
    await within(section).findByTestId("changed-activities");
    await user.click(within(section).getByRole("button", { name: "Godkend som grundlag" }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0].history.map((h) => h.date)).toEqual([
      "2025-12-12",
      expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    ]);
    expect(host.saved[0].activities.map((a) => a.name)).toContain("Lektiecafé");
    await within(section).findByText("Ingen ændringer siden godkendt.");
  });

  it("file mode: after approving, says the baseline is in the downloaded copy, not the opened file", async () => {
    const host = new BaselineHost();
    host.saveBaseline = async (b: Baseline) => {
      host.saved.push(b);
      return { fileName: "plan-godkendt.xlsx" };
    };
    const { user, section } = await renderPane(host);
    await within(section).findByTestId("changed-activities");
    await user.click(within(section).getByRole("button", { name: "Godkend som grundlag" }));
    await within(section).findByText(
      "Grundlaget er gemt i den hentede kopi plan-godkendt.xlsx; den åbnede fil er uændret."
    );
    expect(within(section).queryByText("Grundlaget er gemt i projektmappen.")).toBeNull();
  });

  it("says when the stored baseline is damaged, and the check still shows", async () => {
    const host = new BaselineHost(APPROVED, {
      found: true,
      ok: false,
      reason: "DAMAGED",
      part: "{1}",
      detail: "planYear: Invalid input",
    });
    const { section } = await renderPane(host);
    await within(section).findByText(
      "Grundlaget gemt i projektmappen er beskadiget og bruges ikke (planYear: Invalid input); tjekket kører uden sammenligning."
    );
    expect(screen.getByRole("heading", { name: "Resultat" })).toBeInTheDocument();
  });

  it("without a stored baseline it offers to approve or compare with a file", async () => {
    const host = new BaselineHost(APPROVED, { found: false });
    const { section } = await renderPane(host);
    await within(section).findByText(
      "Der er ikke gemt noget godkendt grundlag i projektmappen endnu."
    );
    expect(
      within(section).getByRole("button", { name: "Sammenlign med en anden fil …" })
    ).toBeEnabled();
  });

  it("a password-protected file to compare with is named and the reason given", async () => {
    const host = new BaselineHost(APPROVED, { found: false });
    const { user, section } = await renderPane(host);
    const bytes = compoundFile(true);
    const file = new File([bytes as BlobPart], "godkendt.xlsx");
    // jsdom's File may lack arrayBuffer(); the browser's has it.
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await user.upload(within(section).getByTestId("compare-file-input"), file);
    expect(
      await within(section).findByText(
        "godkendt.xlsx er beskyttet med adgangskode; gem en kopi uden adgangskode (Filer > Info > Beskyt projektmappe)."
      )
    ).toBeInTheDocument();
  });

  it("a file without a budget table to compare with: its error inside the section, not «no baseline»", async () => {
    const host = new BaselineHost(APPROVED, { found: false });
    const { user, section } = await renderPane(host);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Noter").getCell("A1").value = "Intet budget her";
    const bytes = new Uint8Array(await toBytes(wb));
    const file = new File([bytes as BlobPart], "noter.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await user.upload(within(section).getByTestId("compare-file-input"), file);
    const alert = await within(section).findByRole("alert");
    expect(alert).toHaveTextContent("Fandt ingen budgettabel i noter.xlsx.");
    expect(within(section).queryByText(/ikke gemt noget godkendt grundlag/)).toBeNull();
  });
});

describe("Skriv oversigt and the CSV carry the changes when a baseline is in use", () => {
  const sectionTitle = "Ændringer siden godkendt 12-12-2025";

  async function writeAndExport(host: BaselineHost, ready: string) {
    const { user, section } = await renderPane(host);
    await within(section).findByText(ready);
    await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));
    await screen.findByText("Oversigten er skrevet i arket ‘Budgetoversigt’.");
    await user.click(screen.getByRole("button", { name: "Som CSV-fil" }));
    await screen.findByText("CSV-filen budgetoversigt.csv er klar.");
    const [[report, options]] = host.callsOf("writeOverview") as [[Report, OverviewWriteOptions]];
    const [[, csv]] = host.callsOf("saveText") as [[string, string]];
    const plan = overviewSheetPlan(report.overview, "da", { changes: options.changes });
    return { options, csv, plan };
  }

  it("with a stored baseline: the written sheet has the section, the CSV the change columns", async () => {
    const { options, csv, plan } = await writeAndExport(new BaselineHost(), sectionTitle);
    expect(options.changes?.activities.filter((a) => a.status === "added")).toEqual([
      expect.objectContaining({ name: "Lektiecafé" }),
    ]);
    expect(plan.cells.some((c) => c.value === sectionTitle)).toBe(true);
    const head = csv.split("\r\n")[0];
    expect(head).toContain(";Ændring 2026");
    expect(csv).toMatch(/Lektiecafé.*;80000/);
  });

  it("without a baseline: no section in the sheet and no change columns in the CSV", async () => {
    const { options, csv, plan } = await writeAndExport(
      new BaselineHost(APPROVED, { found: false }),
      "Der er ikke gemt noget godkendt grundlag i projektmappen endnu."
    );
    expect(options.changes).toBeUndefined();
    expect(plan.cells.some((c) => String(c.value).startsWith("Ændringer siden"))).toBe(false);
    expect(csv.split("\r\n")[0]).not.toContain("Ændring");
  });
});
