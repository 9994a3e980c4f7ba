// The PDF's "Aktiviteter længst fra planen": the frame's activities only. Project management is
// paid outside the frame and left out of the year's budget and spending, so it is no activity
// "far from plan" either (before, its 310.000 kr. budget with nothing spent topped the table).
import { check, type Grid, type Ore } from "../core";
import { furthestFromPlan } from "./spending";

const rows: Grid["rows"] = [
  ["Aktivitet", "2026", "Forbrug 2026"],
  ["Lommepengejob", 100_000, 40_000],
  ["Projektledelse (Sikker By, ½ årsværk)", 310_000, 0],
  ["Natteravne", 50_000, 45_000],
];

it("lists the frame's activities furthest from their budget, not the rows outside the frame", () => {
  const r = check(
    { sheetName: "Plan 2026", originRow: 0, originCol: 0, rows },
    { defaultFrame: 190_000_000 as Ore, frames: {}, currentYear: 2026 }
  );
  if (!r.ok) throw new Error("no table");
  expect(
    r.report.activities.find((a) => a.name.startsWith("Projektledelse"))?.outsideFrame
  ).toBeDefined();
  expect(furthestFromPlan(r.report, 0)).toEqual([
    { name: "Lommepengejob", budget: 10_000_000, spent: 4_000_000, diff: -6_000_000 },
    { name: "Natteravne", budget: 5_000_000, spent: 4_500_000, diff: -500_000 },
  ]);
});
