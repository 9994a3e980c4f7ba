/** @jest-environment jsdom */
// The pane's counts: a row outside the frame (project management) is no activity of the plan; it
// is counted on a line of its own, and the multi-year and anchoring counts leave it out too.
import { render, screen, within } from "@testing-library/react";
import { check } from "../../core/check";
import type { Report } from "../../core";
import { grid, testSettings } from "../../../tests/doubles/ruleTesting";
import { strings } from "../strings";
import { Counts } from "./Counts";

function report(withPm: boolean): Report {
  const rows = [
    ["Nr.", "Aktivitet", "Forankringsplan", 2026, 2027],
    [1, "Lommepengejob", "Ja", 1_500_000, 100_000],
    [2, "Haven", null, 500_000, 0],
    ...(withPm ? [[3, "Projektledelse (Sikker By, ½ årsværk)", null, 310_000, 310_000]] : []),
  ];
  const r = check(grid(rows), testSettings);
  if (!r.ok) throw new Error("no table");
  return r.report;
}

const value = (label: string) =>
  within(screen.getByRole("region", { name: "Optælling" })).getByText(label).nextElementSibling;

describe("Counts", () => {
  it("counts the row outside the frame apart from the activities", () => {
    render(<Counts report={report(true)} t={strings.da} />);
    expect(value("Aktiviteter")).toHaveTextContent(/^2$/);
    expect(value("Uden for rammen")).toHaveTextContent(/^1$/);
    expect(value("Flerårige bevillinger")).toHaveTextContent(/^1$/);
    expect(value("Har forankringsplan")).toHaveTextContent(/^1$/);
    expect(value("Ikke nødvendig")).toHaveTextContent(/^1$/);
  });

  it("says nothing of the frame's outside when no row is kept out", () => {
    render(<Counts report={report(false)} t={strings.en} />);
    const counts = screen.getByRole("region", { name: "Counts" });
    expect(within(counts).getByText("Activities").nextElementSibling).toHaveTextContent(/^2$/);
    expect(within(counts).queryByText("Outside the frame")).toBeNull();
  });
});
