// The one-click mends the core offers for a finding, each previewing what it writes in its text
// ("Ret til tal: 120.000 kr.", "Erstat med =SUM(G3:G9)"). Nothing is written until clicked.
import { Button } from "@fluentui/react-components";
import { Wrench16Regular } from "@fluentui/react-icons";
import { columnLetter } from "../../core/sheet";
import { formatKr } from "../../core";
import type { CellFix, FixLabel } from "../../core/findings";
import type { Lang } from "../../core";
import type { UiStrings } from "../strings";

function fixLabel(label: FixLabel, t: UiStrings, lang: Lang): string {
  if (label.kind === "toNumber") return t.fixToNumber(formatKr(label.amount, lang));
  if (label.kind === "readAs") return t.fixReadAs(formatKr(label.amount, lang));
  return t.fixSum(label.formula);
}

/** B7: the cell as the user sees it in Excel's name box. */
export const shortCell = (fix: CellFix): string => `${columnLetter(fix.at.col)}${fix.at.row + 1}`;

export interface FixButtonsProps {
  fixes: CellFix[];
  t: UiStrings;
  lang: Lang;
  disabled: boolean;
  onFix: (fix: CellFix) => void;
}

export function FixButtons({ fixes, t, lang, disabled, onFix }: FixButtonsProps) {
  return (
    <>
      {fixes.map((fix, i) => {
        const text = fixLabel(fix.label, t, lang);
        return (
          <Button
            key={i}
            size="small"
            icon={<Wrench16Regular />}
            disabled={disabled}
            aria-label={t.fixAria(text, shortCell(fix))}
            onClick={() => onFix(fix)}
          >
            {text}
          </Button>
        );
      })}
    </>
  );
}
