/** @jest-environment jsdom */
// The answer-first layout: what is open, in which order, at which width, and in which language.
import { configure, screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { renderPane } from "../../tests/doubles/renderPane";
import { PLAN_SHEET, notABudgetGrid, planGrid } from "../../tests/doubles/testGrids";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

function makeHost(settings?: unknown): FakeHost {
  return new FakeHost({ sheets: [notABudgetGrid(), planGrid()], active: "Noter", settings });
}

const open = (host: FakeHost, lang: "da" | "en" = "da") => renderPane(host, { lang });

const headingOrder = () =>
  screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent ?? "");

describe("layout states", () => {
  test("first open (plan year not confirmed): the answer on top, settings open below", async () => {
    const host = makeHost();
    const { user } = await open(host);
    await screen.findByRole("heading", { name: "Resultat" });
    expect(headingOrder()).toEqual(["Resultat", "Fund", "Optælling", "Indstillinger"]);
    expect(screen.getByTestId("severity-counts")).toHaveTextContent(
      "2 fejl, 0 advarsler, 1 oplysning"
    );
    expect(screen.getByRole("button", { name: "Indstillinger" })).toHaveAttribute(
      "aria-expanded",
      "true"
    );
    // Confirming the year the pane chose stores it: from now on the settings start folded.
    await user.click(await screen.findByRole("button", { name: "Bekræft planår 2026" }));
    await waitFor(() => expect(host.stored).toMatchObject({ planYear: 2026 }));
    expect(screen.getByText("Planår 2026 (fra indstillingerne).")).toBeInTheDocument();
  });

  test("plan year confirmed and a table found: settings folded, opened on request", async () => {
    const { user } = await open(makeHost({ version: 1, planYear: 2026 }));
    await screen.findByRole("heading", { name: "Resultat" });
    const toggle = screen.getByRole("button", { name: "Indstillinger" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("combobox", { name: "Ark der tjekkes" })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("combobox", { name: "Ark der tjekkes" })).toHaveValue(PLAN_SHEET);
  });

  test("no table found: no answer, the explanation, and the settings open by themselves", async () => {
    const host = new FakeHost({
      sheets: [notABudgetGrid()],
      settings: { version: 1, planYear: 2026 },
    });
    const { user } = await open(host);
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(await screen.findByText("Ingen budgettabel fundet")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Resultat" })).toBeNull();
    expect(screen.getByRole("button", { name: "Indstillinger" })).toHaveAttribute(
      "aria-expanded",
      "true"
    );
    expect(screen.getByRole("combobox", { name: "Ark der tjekkes" })).toBeVisible();
  });

  test("a pane wider than 500 px shows the years as one table", async () => {
    const original = globalThis.ResizeObserver;
    // jsdom has no layout: report the width a resized Excel pane would.
    globalThis.ResizeObserver = class {
      constructor(private readonly cb: ResizeObserverCallback) {}
      observe() {
        this.cb([{ contentRect: { width: 640 } } as ResizeObserverEntry], this as never);
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      await open(makeHost());
      const table = await screen.findByTestId("year-table");
      const rows = within(table)
        .getAllByRole("row")
        .map((r) => r.textContent);
      expect(rows).toContain(
        "20262.312.000 kr.1.900.000 kr.-412.000 kr.Over rammen med 412.000 kr."
      );
      expect(rows).toContain("2025840.000 kr.til sammenligning");
      expect(screen.queryByRole("region", { name: /^2026/ })).toBeNull();
    } finally {
      globalThis.ResizeObserver = original;
    }
  });

  test("a re-check after a mend says how many findings were resolved", async () => {
    const host = makeHost({ version: 1, planYear: 2026, autoRecheck: false });
    const { user } = await open(host);
    await screen.findByRole("heading", { name: "Resultat" });
    // Haven 2026 lowered so 2026 fits the frame: OVER_FRAME goes away.
    host.changeSheet(planGrid(1_000_000));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(await screen.findByText("1 fund er løst siden sidste tjek.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /Over rammen/ })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Tjek færdigt: 1 fejl, ingen advarsler. 1 fund er løst siden sidste tjek."
    );
  });
});

describe("grouping texts in both languages", () => {
  test("Danish: why and how per kind", async () => {
    await open(makeHost());
    const group = await screen.findByRole("region", {
      name: "Fejl: Flerårig bevilling uden forankringsplan (1)",
    });
    expect(group).toHaveTextContent(
      "Hvorfor: En bevilling over flere år skal have en plan for, hvem der bærer aktiviteten videre."
    );
    expect(group).toHaveTextContent(
      "Sådan retter du det: Skriv forankringsplanen i aktivitetens celle i kolonnen «Forankringsplan»."
    );
  });

  test("English: the same groups in English", async () => {
    await open(makeHost(), "en");
    const group = await screen.findByRole("region", {
      name: "Error: Multi-year grant without an anchoring plan (1)",
    });
    expect(group).toHaveTextContent(
      "Why: A grant over several years needs a plan for who carries the activity on."
    );
    expect(group).toHaveTextContent(
      "How to fix: Write the anchoring plan in the activity's cell in the “Forankringsplan” column."
    );
    expect(screen.getByRole("heading", { name: "Error: Over the frame (1)" })).toBeInTheDocument();
  });
});
