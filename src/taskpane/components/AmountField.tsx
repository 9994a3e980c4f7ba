// A frame field in kroner, Danish notation ("1.900.000", "1,9 mio."): a frame under 10.000 kr.
// ("1,9" meant as millions) is refused like text that is no amount.
import { formatAmount, krToOre, MIN_FRAME_ORE, oreToKr } from "../../core";
import { parseKroner } from "../../core/sheet";
import { CommitField } from "./CommitField";

export interface AmountFieldProps {
  label: string;
  hint: string;
  invalidMessage: string;
  /** Current value in kroner; undefined shows the field empty (or the placeholder). */
  valueKr: number | undefined;
  placeholder?: string;
  /** Called with the new value in kroner, or undefined when the field was emptied. */
  onCommit: (kr: number | undefined) => void;
}

const formatKroner = (kr: number): string => formatAmount(krToOre(kr), "da");
const parseKr = (text: string): number | undefined => {
  const ore = parseKroner(text);
  return ore === undefined || ore < MIN_FRAME_ORE ? undefined : oreToKr(ore);
};

export function AmountField({ valueKr, ...rest }: AmountFieldProps) {
  return (
    <CommitField
      {...rest}
      value={valueKr}
      format={formatKroner}
      parse={parseKr}
      inputMode="decimal"
    />
  );
}
