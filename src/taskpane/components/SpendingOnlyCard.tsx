// A year the sheet has spending for but no budget column (last year's accounts beside this year's
// plan): its own card, muted like a compare-only year, with what was spent and that there is no
// budget to hold it against. No frame, no bar, never "inden for rammen".
import type { Lang, SpendingYear } from "../../core";
import { SpendingLine } from "./SpendingLine";
import { MutedYearCard } from "./YearCard";
import type { UiStrings } from "../strings";

export interface SpendingOnlyCardProps {
  spending: SpendingYear;
  lang: Lang;
  t: UiStrings;
}

export function SpendingOnlyCard({ spending, lang, t }: SpendingOnlyCardProps) {
  return (
    <MutedYearCard year={spending.year} note={t.spendingOnly} t={t}>
      <SpendingLine spending={spending} lang={lang} />
    </MutedYearCard>
  );
}
