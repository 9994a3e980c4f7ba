// The answer, first thing in the pane: the plan year used, per-year cards (or a compact table when
// the pane is wide) and how many errors, warnings and notes the check found.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Report, Severity, SpendingYear, YearSummary } from "../../core";
import { shapeLine, unitLine } from "../../core/words";
import { SpendingLine } from "../components/SpendingLine";
import { SpendingOnlyCard } from "../components/SpendingOnlyCard";
import { YearCard } from "../components/YearCard";
import { YearTable } from "../components/YearTable";
import type { UiStrings } from "../strings";
import { SectionHeading } from "../components/SectionHeading";

/** Wider than this the years fit one compact table. */
export const WIDE_PANE_PX = 500;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "10px" },
  cards: { display: "flex", flexDirection: "column", rowGap: "8px" },
  counts: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
});

/**
 * One card per year in year order: the budget years, and among them the years with spending but
 * no budget column (their own card, never judged against a frame).
 */
function cardYears(report: Report) {
  const cards = new Map<number, { year: number; summary?: YearSummary; spending?: SpendingYear }>();
  for (const y of report.years) cards.set(y.year, { year: y.year, summary: y });
  for (const s of report.spending?.years ?? []) {
    cards.set(s.year, { ...cards.get(s.year), year: s.year, spending: s });
  }
  return [...cards.values()].sort((a, b) => a.year - b.year);
}

export interface AnswerSectionProps {
  report: Report;
  lang: Lang;
  t: UiStrings;
  wide: boolean;
  resolved: number;
}

export function AnswerSection({ report, lang, t, wide, resolved }: AnswerSectionProps) {
  const styles = useStyles();
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby="results-heading" className={styles.stack}>
      <SectionHeading id="results-heading">{t.resultsHeading}</SectionHeading>
      <p className={styles.counts} data-testid="severity-counts">
        {t.severityCounts(count("error"), count("warning"), count("info"))}
      </p>
      {resolved > 0 && <p className={styles.p}>{t.resolvedCount(resolved)}</p>}
      <p className={styles.p}>
        {`${t.planYear(report.planYear, t.planYearSource[report.planYearSource])}.`}
      </p>
      <p className={styles.p} data-testid="amount-unit">
        {`${unitLine(report.unit, lang)}.`}
      </p>
      {shapeLine(report.overview.listShape, lang) && (
        <p className={styles.p} data-testid="table-shape">
          {`${shapeLine(report.overview.listShape, lang)}.`}
        </p>
      )}
      {wide ? (
        <>
          <YearTable years={report.years} lang={lang} t={t} />
          {report.spending?.years.map((s) => (
            <SpendingLine key={s.year} spending={s} lang={lang} withYear />
          ))}
        </>
      ) : (
        <div className={styles.cards}>
          {cardYears(report).map(({ year, summary, spending }) =>
            summary ? (
              <YearCard key={year} year={summary} lang={lang} t={t} spending={spending} />
            ) : (
              spending && <SpendingOnlyCard key={year} spending={spending} lang={lang} t={t} />
            )
          )}
        </div>
      )}
    </section>
  );
}
