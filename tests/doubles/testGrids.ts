// Sheets for the pane's tests, shaped like the 2026 plan's economy table (DOMAIN.md shape 1).
import type { CellValue, Grid } from "../../src/core/types";

export const PLAN_SHEET = "Tryghedsplan 2026";

const HEADER: CellValue[] = [
  "Nr.",
  "Aktivitet",
  "Indsatsområde",
  "Samarbejdspartnere",
  "Forankringsplan",
  2025,
  2026,
  2027,
  2028,
];

/**
 * 2026 totals 2.312.000 kr. (412.000 kr. over the 1.900.000 kr. frame); 2027: 380.000 kr.;
 * 2028: 140.000 kr.; 2025 (compare only): 290.000 kr. "Kvinder, job og fællesskab" (row 5; its anchoring cell is E5)
 * has amounts in 2026-2028 and no anchoring plan.
 */
export function planGrid(haven2026: number = 1_842_000): Grid {
  return {
    sheetName: PLAN_SHEET,
    originRow: 0,
    originCol: 0,
    rows: [
      ["Tryghedsplanens økonomi"],
      HEADER,
      [
        1,
        "Lommepengejob",
        "Uddannelse og beskæftigelse",
        "SSP; fsb",
        "",
        120_000,
        120_000,
        null,
        null,
      ],
      [
        2,
        "Det gode valg",
        "Positive fællesskaber",
        "SSP, Politi",
        "",
        170_000,
        150_000,
        null,
        null,
      ],
      [
        3,
        "Kvinder, job og fællesskab",
        "Uddannelse og beskæftigelse",
        "AAB og KAB",
        "",
        null,
        200_000,
        170_000,
        140_000,
      ],
      [
        4,
        "Haven, Virkefeltet 16",
        "Aktive byrum",
        "fsb; Kulturhus",
        "Driften overtages af boligselskabet",
        null,
        haven2026,
        210_000,
        null,
      ],
    ],
  };
}

export function notABudgetGrid(): Grid {
  return {
    sheetName: "Noter",
    originRow: 0,
    originCol: 0,
    rows: [["Referat fra arbejdsgruppens møde"], ["Ingen tal her"]],
  };
}
