// A year's spending on its card: "Forbrugt 612.000 kr. (26 %)" with a bar, the pace against the
// year and what is left, all said in words (the bar is never the only way to read it). Where cells
// could not be read the words say «mindst»/«højst»; with no share to be known there is no bar.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { spendingBounds, type Lang, type SpendingYear } from "../../core";
import { spendingOver, spendingText } from "../../core/words";
import { BarField } from "./BarField";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingTop: "6px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  p: { margin: 0, overflowWrap: "anywhere" },
  headline: { fontWeight: tokens.fontWeightSemibold },
});

export interface SpendingLineProps {
  spending: SpendingYear;
  lang: Lang;
  /** Beside the wide pane's table (not on a year's card): the line names its year. */
  withYear?: boolean;
}

export function SpendingLine({ spending, lang, withYear }: SpendingLineProps) {
  const styles = useStyles();
  const text = spendingText(spending, lang);
  const over = spendingOver(spending);
  const share = spendingBounds(spending).shareSpent;
  const headline = withYear ? `${spending.year}: ${text.headline}` : text.headline;
  return (
    <div className={styles.block} data-testid={`spending-${spending.year}`}>
      {share !== null && share !== "unknown" ? (
        // Named by its label (the headline); capped at a full bar: how far over is said in words.
        <BarField
          label={headline}
          hint={text.pace}
          verdict={over ? "warning" : "none"}
          message={text.rest}
          value={Math.min(share.value, 1)}
          thickness="medium"
          color={over ? "warning" : "brand"}
        />
      ) : (
        // No budget to share it of (none in the sheet, or 0), or no share to be known: the words
        // alone, no bar reading "0 %" or a share nobody can know.
        <>
          <p className={mergeClasses(styles.p, styles.headline)}>{headline}</p>
          {text.pace && <p className={styles.p}>{text.pace}</p>}
          <p className={styles.p}>{text.rest}</p>
        </>
      )}
      {text.unread && <p className={styles.p}>{text.unread}</p>}
    </div>
  );
}
