// One year's total against its frame. Over the frame is said in words with an icon and a full,
// error-coloured bar, never by colour alone; an uncertain year (unread amounts, a doubted unit) says
// "mindst …" with a warning, never a green check; compare-only years are muted and not judged.
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { absOre, formatKr } from "../../core";
import { formatPercent, yearStatusText, yearTotalText } from "../../core/words";
import type { Lang, SpendingYear, YearSummary } from "../../core";
import { BarField } from "./BarField";
import { HeadingNote } from "./HeadingNote";
import { SpendingLine } from "./SpendingLine";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  // A plain section styled as a card: Fluent's Card adds focus handling we do not need here.
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  compare: {
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
  },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The bar's verdict per status: uncertain is a warning with its words, never a green check. */
const VALIDATION = {
  over: "error",
  within: "success",
  uncertain: "warning",
  compareOnly: "none",
} as const satisfies Record<YearSummary["status"], "error" | "success" | "warning" | "none">;

/** A year shown but not judged (compare-only, or spending without a budget): dashed and muted. */
export function MutedYearCard(props: {
  year: number;
  note: string;
  t: UiStrings;
  children: ReactNode;
}) {
  const { year, note, t, children } = props;
  const styles = useStyles();
  const headingId = `year-${year}`;
  return (
    <section className={mergeClasses(styles.card, styles.compare)} aria-labelledby={headingId}>
      <h3 id={headingId} className={mergeClasses(styles.heading, styles.muted)}>
        {t.yearCardTitle(year)} <HeadingNote className={styles.muted}>({note})</HeadingNote>
      </h3>
      {children}
    </section>
  );
}

export interface YearCardProps {
  year: YearSummary;
  lang: Lang;
  t: UiStrings;
  /** The year's spending, when the sheet has a spending column for it. */
  spending?: SpendingYear;
}

export function YearCard({ year, lang, t, spending }: YearCardProps) {
  const styles = useStyles();
  const headingId = `year-${year.year}`;
  const used = year.frame > 0 ? year.total / year.frame : year.total > 0 ? Infinity : 0;

  if (year.compareOnly) {
    return (
      <MutedYearCard year={year.year} note={t.compareOnly} t={t}>
        <dl className={mergeClasses(styles.list, styles.muted)}>
          <dt>{t.total}</dt>
          <dd className={styles.value}>{formatKr(year.total, lang)}</dd>
        </dl>
        {spending && <SpendingLine spending={spending} lang={lang} />}
      </MutedYearCard>
    );
  }

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.yearCardTitle(year.year)}
      </h3>
      <dl className={styles.list}>
        <dt>{t.total}</dt>
        <dd className={styles.value}>{yearTotalText(year, lang)}</dd>
        <dt>{t.frame}</dt>
        <dd className={styles.value}>{formatKr(year.frame, lang)}</dd>
        <dt>{t.leftover}</dt>
        <dd className={mergeClasses(styles.value, year.overFrame && styles.over)}>
          {year.unreadAmounts > 0
            ? t.atMost(formatKr(year.leftover, lang))
            : formatKr(year.leftover, lang)}
        </dd>
      </dl>
      {/* Capped at a full bar: how far over is said in words, not by an overflowing bar. */}
      <BarField
        label={t.usedOfFrame}
        hint={Number.isFinite(used) ? t.usedPercent(formatPercent(used, lang)) : undefined}
        verdict={VALIDATION[year.status]}
        message={
          year.status === "uncertain" || year.margin !== undefined
            ? yearStatusText(year, lang)
            : year.status === "over"
              ? t.overFrameBy(formatKr(absOre(year.leftover), lang))
              : t.withinFrameLeft(formatKr(year.leftover, lang))
        }
        value={Math.min(used, 1)}
        thickness="large"
        color={year.overFrame ? "error" : year.status === "uncertain" ? "warning" : "brand"}
      />
      {spending && <SpendingLine spending={spending} lang={lang} />}
    </section>
  );
}
