/** @jest-environment jsdom */
// Spending on the year cards: said in words beside a bar, axe clean; a sheet without spending
// columns shows none of it.
import { configure, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { renderPane } from "../../tests/doubles/renderPane";
import { PANE_COLUMNS, panePlan, planGrid } from "../../tests/doubles/testGrids";
import { asGrid, withAmount } from "../../tests/fixtures/plan2026";
import { withSpending } from "../../tests/fixtures/spending";

expect.extend(toHaveNoViolations);
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

/** The pane's plan (2026: 2.312.000 kr.) with 2026's spending to 30.09.2026: 612.000 kr. */
function spendingGrid() {
  return withSpending(planGrid(), panePlan(), [
    {
      header: "Forbrug 2026 pr. 30.09.2026",
      spent: { Lommepengejob: 90_000, "Det gode valg": 160_000, Kvinder: 150_000, Haven: 212_000 },
    },
  ]);
}

const host = (grid = spendingGrid()) =>
  new FakeHost({ sheets: [grid], settings: { version: 1, planYear: 2026 } });

describe("spending on the year cards", () => {
  test("the 2026 card says spent, the share, the pace and what is left, axe clean", async () => {
    const { user, container } = await renderPane(host());
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    const card = await screen.findByRole("region", { name: "2026" });
    const spending = within(card).getByTestId("spending-2026");
    expect(spending).toHaveTextContent("Forbrugt 612.000 kr. (26 %)");
    expect(spending).toHaveTextContent("pr. 30.09.2026: 75 % af året, 26 % af budgettet brugt");
    expect(spending).toHaveTextContent("1.700.000 kr. endnu ikke brugt");
    expect(
      within(spending).getByRole("progressbar", { name: "Forbrugt 612.000 kr. (26 %)" })
    ).toBeVisible();
    // Years without spending columns get no spending line.
    expect(
      within(await screen.findByRole("region", { name: "2027" })).queryByText(/Forbrugt/)
    ).toBeNull();
    expect(screen.getByText(/Det gode valg.*har brugt 160.000 kr. i 2026/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  test("in English", async () => {
    const { user } = await renderPane(host(), { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Check budget" }));
    const card = await screen.findByRole("region", { name: "2026" });
    expect(within(card).getByTestId("spending-2026")).toHaveTextContent("Spent DKK 612,000 (26%)");
  });

  test("a year with spending but no budget column gets its own card, never judged", async () => {
    const grid = withSpending(planGrid(), panePlan(), [
      { header: "Regnskab 2024", spent: { Lommepengejob: 118_000 }, otherwise: () => 10_000 },
    ]);
    const { user, container } = await renderPane(host(grid));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    const card = await screen.findByRole("region", { name: "2024 (kun forbrug)" });
    expect(card).toHaveTextContent("Forbrugt 148.000 kr.");
    expect(card).toHaveTextContent("intet budget for året i arket");
    // No frame, no share, no bar, no «Inden for rammen».
    expect(card).not.toHaveTextContent(/Ramme|rammen|%/);
    expect(within(card).queryByRole("progressbar")).toBeNull();
    // In year order, before the budget years.
    const regions = screen.getAllByRole("region").map((r) => r.getAttribute("aria-labelledby"));
    expect(regions.filter((id) => id?.startsWith("year-"))).toEqual([
      "year-2024",
      "year-2025",
      "year-2026",
      "year-2027",
      "year-2028",
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  // Before, «ca. 212.000» left «Forbrugt 400.000 kr. (17 %)» and «… endnu ikke brugt» plain.
  test("an unread spending cell: «mindst» on what is spent, «højst» on what is left", async () => {
    const grid = withSpending(planGrid(), panePlan(), [
      {
        header: "Forbrug 2026 pr. 30.09.2026",
        spent: {
          Lommepengejob: 90_000,
          "Det gode valg": 160_000,
          Kvinder: 150_000,
          Haven: "ca. 212.000",
        },
      },
    ]);
    const { user, container } = await renderPane(host(grid));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    const card = await screen.findByRole("region", { name: "2026" });
    const spending = within(card).getByTestId("spending-2026");
    expect(spending).toHaveTextContent("Forbrugt mindst 400.000 kr. (mindst 17 %)");
    expect(spending).toHaveTextContent("højst 1.912.000 kr. endnu ikke brugt");
    expect(spending).toHaveTextContent("1 forbrugscelle kunne ikke læses");
    expect(
      within(spending).getByRole("progressbar", {
        name: "Forbrugt mindst 400.000 kr. (mindst 17 %)",
      })
    ).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  test("budget and spending both unread: no share, no bar, and the rest said unknown", async () => {
    const plan = withAmount(panePlan(), "Kvinder", 2026, "ca. 300.000");
    const grid = withSpending(
      asGrid(plan, { columns: PANE_COLUMNS, title: "Tryghedsplanens økonomi", blankRows: 0 }),
      plan,
      [
        {
          header: "Forbrug 2026",
          spent: { Lommepengejob: 90_000, Haven: "#DIV/0!" },
          otherwise: () => 10_000,
        },
      ]
    );
    const { user } = await renderPane(host(grid));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    const spending = within(await screen.findByRole("region", { name: "2026" })).getByTestId(
      "spending-2026"
    );
    expect(spending).toHaveTextContent("Forbrugt mindst 110.000 kr.");
    expect(spending).not.toHaveTextContent("%");
    expect(spending).toHaveTextContent("ukendt, hvor meget der endnu ikke er brugt");
    expect(within(spending).queryByRole("progressbar")).toBeNull();
  });

  test("a sheet without spending columns shows no spending", async () => {
    const { user } = await renderPane(host(planGrid()));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    await screen.findByRole("region", { name: "2026" });
    expect(screen.queryByTestId("spending-2026")).toBeNull();
    expect(screen.queryByText(/Forbrugt/)).toBeNull();
  });
});
