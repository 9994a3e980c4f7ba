// The per-year answer as one compact table, for a pane wider than about 500 px. Over the frame is
// said in words with an icon, never by colour alone; compare-only years are muted and not judged.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Regular,
  ErrorCircle16Filled,
  Warning16Regular,
} from "@fluentui/react-icons";
import { absOre, formatKr, type Ore } from "../../core";
import type { Lang, YearSummary } from "../../core";
import { yearStatusText, yearTotalText } from "../../core/words";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontVariantNumeric: "tabular-nums" },
  th: {
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  first: { textAlign: "start" },
  td: {
    textAlign: "end",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: "inline-flex", alignItems: "center", columnGap: "4px" },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function YearTable({ years, lang, t }: { years: YearSummary[]; lang: Lang; t: UiStrings }) {
  const styles = useStyles();
  const kr = (v: Ore) => formatKr(v, lang);
  return (
    <table className={styles.table} data-testid="year-table">
      <caption className={styles.muted} style={{ textAlign: "start" }}>
        {t.yearsHeading}
      </caption>
      <thead>
        <tr>
          {[t.year, t.total, t.frame, t.leftover, t.status].map((label, i) => (
            <th
              key={label}
              scope="col"
              className={i === 0 ? mergeClasses(styles.th, styles.first) : styles.th}
            >
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year} data-year={y.year} className={y.compareOnly ? styles.muted : undefined}>
            <th scope="row" className={mergeClasses(styles.th, styles.first)}>
              {y.year}
            </th>
            <td className={styles.td}>{yearTotalText(y, lang)}</td>
            <td className={styles.td}>{y.compareOnly ? "" : kr(y.frame)}</td>
            <td className={mergeClasses(styles.td, y.overFrame && styles.over)}>
              {y.compareOnly ? "" : y.unreadAmounts > 0 ? t.atMost(kr(y.leftover)) : kr(y.leftover)}
            </td>
            <td className={styles.td}>
              {y.compareOnly ? (
                t.compareOnly
              ) : (
                <span className={mergeClasses(styles.status, y.overFrame && styles.over)}>
                  {y.overFrame ? (
                    <ErrorCircle16Filled aria-hidden />
                  ) : y.status === "uncertain" ? (
                    <Warning16Regular aria-hidden />
                  ) : (
                    <CheckmarkCircle16Regular aria-hidden />
                  )}
                  {y.status === "uncertain" || y.margin !== undefined
                    ? yearStatusText(y, lang)
                    : y.overFrame
                      ? t.overFrameBy(kr(absOre(y.leftover)))
                      : t.withinFrameLeft(kr(y.leftover))}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
