// A year the sheet has spending for but no budget column (last year's accounts beside this year's
// plan): its own card, muted like a compare-only year, with what was spent and that there is no
// budget to hold it against. No frame, no bar, never "inden for rammen".
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang, SpendingYear } from "../../core";
import { HeadingNote } from "./HeadingNote";
import { SpendingLine } from "./SpendingLine";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SpendingOnlyCardProps {
  spending: SpendingYear;
  lang: Lang;
  t: UiStrings;
}

export function SpendingOnlyCard({ spending, lang, t }: SpendingOnlyCardProps) {
  const styles = useStyles();
  const headingId = `year-${spending.year}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={mergeClasses(styles.heading, styles.muted)}>
        {t.yearCardTitle(spending.year)}{" "}
        <HeadingNote className={styles.muted}>({t.spendingOnly})</HeadingNote>
      </h3>
      <SpendingLine spending={spending} lang={lang} />
    </section>
  );
}
