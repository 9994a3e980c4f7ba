/** @jest-environment jsdom */
// A plan kept as a long list: the pane says how it read the sheet, below the unit line, and the
// year cards show the list's sums; a wide table says nothing about its shape.
import { configure, screen, within } from "@testing-library/react";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { renderPane } from "../../tests/doubles/renderPane";
import { planGrid } from "../../tests/doubles/testGrids";
import type { Grid } from "../core";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const list: Grid = {
  sheetName: "Tryghedsplan 2026",
  originRow: 0,
  originCol: 0,
  rows: [
    ["Aktivitet", "År", "Budgetpost", "Beløb (1.000 kr.)"],
    ["Haven", 2026, "Lønmidler", 100],
    ["Din fritid", 2026, "Aktivitetsmidler", 50.5],
    ["Haven", 2026, "Driftsmidler", 20],
    ["Haven", 2027, "Lønmidler", 90],
  ],
};

const host = (grid: Grid) =>
  new FakeHost({ sheets: [grid], settings: { version: 1, planYear: 2026 } });

describe("the shape the sheet was read in", () => {
  test("a long list says so beside the unit, and its sums are the cards'", async () => {
    const { user } = await renderPane(host(list));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(await screen.findByTestId("table-shape")).toHaveTextContent(
      "Læst som liste: én række pr. aktivitet, år og budgetpost."
    );
    expect(screen.getByTestId("amount-unit")).toHaveTextContent(
      "Arkets beløb står i 1.000 kr. (fra kolonneoverskriften)."
    );
    const card = await screen.findByRole("region", { name: "2026" });
    expect(within(card).getByText(/170\.500 kr\./)).toBeInTheDocument();
  });

  test("in English", async () => {
    const { user } = await renderPane(host(list), { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Check budget" }));
    expect(await screen.findByTestId("table-shape")).toHaveTextContent(
      "Read as a list: one row per activity, year and budget line."
    );
  });

  test("a wide table says nothing about its shape", async () => {
    const { user } = await renderPane(host(planGrid()));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    await screen.findByTestId("amount-unit");
    expect(screen.queryByTestId("table-shape")).toBeNull();
  });
});
