// UNIT_IN_DOUBT (warning): no unit stated, and the amounts are implausibly small against the frame
// (plausibility.ts has the rule): most likely 1.000 kr. The warning names the figures and the fix.
import * as z from "zod/mini";
import { unitDoubt } from "../plausibility";
import { finding, ore, year } from "./finding";
import { rule } from "./rule";

export const unitInDoubtFinding = finding("UNIT_IN_DOUBT", "warning", {
  year,
  total: ore,
  frame: ore,
  largest: ore,
  likely: z.enum(["1000", "mio"]),
});

export const unitInDoubt = rule([unitInDoubtFinding], ({ model, years }) => {
  const doubt = unitDoubt(model, years);
  return doubt ? [{ code: "UNIT_IN_DOUBT", severity: "warning", ...doubt }] : [];
});
