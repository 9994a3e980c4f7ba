/** @jest-environment jsdom */
// Long lists of findings: each group folded after its first five ("Vis alle N" / "Vis færre"),
// and "Ret alle N af denne slags" where every fix of the group is safe: one host call with every
// fix, one re-check after it. Counts with thousands separators.
import { configure, screen, within } from "@testing-library/react";
import type { CellValue, Grid } from "../core";
import { paneOnSheet } from "../../tests/doubles/renderPane";
import { FOLD_AFTER } from "./sections/FindingsSection";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

const SHEET = "Budget 2026";
const DA = new Intl.NumberFormat("da-DK");

/** `texts` activities with their amount typed as text, each beside one typed as a number. */
function sheet(texts: number, extra: CellValue[][] = []): Grid {
  const rows: CellValue[][] = [["Aktivitet", "Samarbejdspartnere", 2026]];
  for (let i = 0; i < texts; i++) {
    rows.push([`Aktivitet ${i + 1}`, "SSP, fsb", `${DA.format((i + 1) * 1000)} kr.`]);
    rows.push([`Tal ${i + 1}`, "SSP, fsb", 500]);
  }
  return { sheetName: SHEET, originRow: 0, originCol: 0, rows: [...rows, ...extra] };
}

const textGroup = (n: string) =>
  screen.getByRole("region", { name: `Advarsel: Beløb skrevet som tekst (${n})` });

describe("a long group of findings", () => {
  test("shows its first five, then all with «Vis alle 12», and folds again with «Vis færre»", async () => {
    const { user } = await paneOnSheet(sheet(12));
    const group = textGroup("12");
    expect(within(group).getAllByRole("listitem")).toHaveLength(FOLD_AFTER);
    const more = within(group).getByRole("button", { name: /^Vis alle 12/ });
    expect(more).toHaveTextContent("Vis alle 12");
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(within(group).getAllByRole("listitem")).toHaveLength(12);
    const fewer = within(group).getByRole("button", { name: "Vis færre" });
    expect(fewer).toHaveAttribute("aria-expanded", "true");
    await user.click(fewer);
    expect(within(group).getAllByRole("listitem")).toHaveLength(FOLD_AFTER);
  });

  test("a group of five is not folded", async () => {
    await paneOnSheet(sheet(5));
    const group = textGroup("5");
    expect(within(group).getAllByRole("listitem")).toHaveLength(5);
    expect(within(group).queryByRole("button", { name: /Vis alle/ })).toBeNull();
  });

  test("«Ret alle 12 af denne slags»: one host call with the twelve fixes, one re-check", async () => {
    const { host, user } = await paneOnSheet(sheet(12));
    const reads = host.callsOf("readSheet").length;
    await user.click(
      within(textGroup("12")).getByRole("button", {
        name: "Ret alle 12 af denne slags: Beløb skrevet som tekst",
      })
    );
    await screen.findByText(/^12 celler er rettet på én gang/);
    expect(host.callsOf("applyFix")).toEqual([]);
    const [[fixes]] = host.callsOf("applyFixes") as [[{ at: { row: number }; write: unknown }[]]];
    expect(fixes.map((f) => f.at.row)).toEqual(Array.from({ length: 12 }, (_, i) => 1 + 2 * i));
    expect(fixes[0].write).toMatchObject({ kind: "number", value: 1000 });
    expect(host.callsOf("readSheet").length - reads).toBe(1);
    // The re-check finds none left.
    expect(screen.queryByRole("region", { name: /Beløb skrevet som tekst/ })).toBeNull();
  });

  test("in file mode the fixes go into the copy, and the notice says how many", async () => {
    const { user } = await paneOnSheet(sheet(7), { fileName: "plan.xlsx" });
    await user.click(screen.getByRole("button", { name: /^Ret alle 7 af denne slags/ }));
    expect(await screen.findByText(/^7 rettelser er vist her/)).toHaveTextContent(
      "(7 i alt). Den oprindelige fil ændres ikke."
    );
  });

  test("no «Ret alle» where a fix is a choice (ambiguous numbers)", async () => {
    await paneOnSheet(
      sheet(0, [
        ["A", "SSP, fsb", "250,000"],
        ["B", "SSP, fsb", "120,000"],
      ])
    );
    const group = screen.getByRole("region", { name: /Tvetydigt tal \(2\)|tvetydig/i });
    expect(within(group).queryByRole("button", { name: /Ret alle/ })).toBeNull();
  });

  test("counts over a thousand with a thousands separator", async () => {
    await paneOnSheet(sheet(1200));
    const group = textGroup("1.200");
    expect(within(group).getByRole("button", { name: /^Vis alle 1\.200/ })).toHaveTextContent(
      "Vis alle 1.200"
    );
    expect(
      within(group).getByRole("button", { name: /^Ret alle 1\.200 af denne slags/ })
    ).toBeEnabled();
  });
});
