/** @jest-environment jsdom */
// The answer on a sheet that states two units: the unit line names both; a year is «Over rammen» or
// «Inden for rammen» only when it is so in each unit (said with «mindst» and why), else uncertain,
// in the narrow pane's cards and in the wide pane's table alike.
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
      ["Nr.", "Aktivitet", "2026 (kr.)", "2027 (kr.)", "2028 (kr.)"],
      // 2026 is 2.337.000 kr. or 2.337.000.000 kr.: over either way; 2027 is 276 kr. or 276.000
      // kr.: within either way; 2028 is 276.000 kr. or 276.000.000 kr.: uncertain.
      [1, "Lommepengejob", 120_000, 120, 120_000],
      [2, "Det gode valg", 1_200_000, 150, 150_000],
      [3, "Natteravne", 1_017_000, 6, 6_000],
    ]),
    testSettings
  );
  if (!r.ok) throw new Error("no table");
  return r.report;
}

describe.each([false, true])("AnswerSection on two units (wide: %p)", (wide) => {
  it("says the sheet states two units, and answers a year only where every unit agrees", () => {
    render(
      <AnswerSection report={conflicting()} lang="da" t={strings.da} wide={wide} resolved={0} />
    );
    expect(screen.getByTestId("amount-unit")).toHaveTextContent(
      "Arket angiver flere enheder: kr. i kolonneoverskriften og 1.000 kr. i titlen. Beløbene er læst i kr., og et år er kun over eller inden for rammen, når det er det i hver af dem."
    );
    expect(
      screen.getAllByText(
        "Over rammen med mindst 437.000 kr., hvilken af arkets enheder der end gælder"
      )
    ).toHaveLength(1);
    expect(
      screen.getAllByText(
        "Inden for rammen med mindst 1.624.000 kr. tilbage, hvilken af arkets enheder der end gælder"
      )
    ).toHaveLength(1);
    expect(screen.getAllByText("Usikker: arket angiver flere enheder")).toHaveLength(1);
    // Never the one reading's own verdict: «Over rammen med 437.000 kr.» or an «… tilbage» alone.
    expect(screen.queryByText(/^Over rammen med \d|^Inden for rammen: /)).toBeNull();
    expect(within(screen.getByTestId("severity-counts")).getByText(/^3 fejl/)).toBeInTheDocument();
  });
});
