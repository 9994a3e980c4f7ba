// Plan year: empty means "let the engine decide"; the hint then says which year it chose and why.
import { CommitField } from "./CommitField";

export interface PlanYearFieldProps {
  label: string;
  hint: string;
  invalidMessage: string;
  value: number | undefined;
  onCommit: (year: number | undefined) => void;
}

const parseYear = (text: string): number | undefined => {
  const trimmed = text.trim();
  const year = Number(trimmed);
  return /^\d{4}$/.test(trimmed) && year >= 1990 && year <= 2100 ? year : undefined;
};

export function PlanYearField(props: PlanYearFieldProps) {
  return <CommitField {...props} format={String} parse={parseYear} inputMode="numeric" />;
}
