/** @jest-environment jsdom */
// The answer on a sheet that states two units: the unit line names both, and no year is «Inden for
// rammen» or «Over rammen», in the narrow pane's cards and in the wide pane's table alike.
import { render, screen, within } from "@testing-library/react";
import { check } from "../../core/check";
import type { Report } from "../../core";
import { grid, testSettings } from "../../../tests/doubles/ruleTesting";
import { strings } from "../strings";
import { AnswerSection } from "./AnswerSection";

function conflicting(): Report {
  const r = check(
    grid([
      ["Tryghedsplanens økonomi 2026 (Beløb i 1.000 kr.)"],
      ["Nr.", "Aktivitet", "2026 (kr.)", "2027 (kr.)"],
      [1, "Lommepengejob", 120, 120],
      [2, "Det gode valg", 1_200, 150],
      [3, "Natteravne", 1_017, 6],
    ]),
    testSettings
  );
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe.each([false, true])("AnswerSection on two units (wide: %p)", (wide) => {
  it("says the sheet states two units, and every year is uncertain", () => {
    render(
      <AnswerSection report={conflicting()} lang="da" t={strings.da} wide={wide} resolved={0} />
    );
    expect(screen.getByTestId("amount-unit")).toHaveTextContent(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., men intet år er sikkert, før enheden er afgjort."
    );
    expect(screen.getAllByText("Usikker: arket angiver flere enheder")).toHaveLength(2);
    expect(screen.queryByText(/Inden for rammen|Over rammen/)).toBeNull();
    expect(within(screen.getByTestId("severity-counts")).getByText(/^2 fejl/)).toBeInTheDocument();
  });
});
