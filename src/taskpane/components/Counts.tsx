// How many activities, how many multi-year grants, and how their anchoring stands. Rows kept
// outside the frame (project management …) are no activity of the plan: counted on a line apart.
import { makeStyles } from "@fluentui/react-components";
import { activityCounts, type AnchoringStatus, type Report } from "../../core";
import type { UiStrings } from "../strings";
import { SectionHeading } from "./SectionHeading";

const STATUSES: AnchoringStatus[] = ["present", "missing", "fixed", "notNeeded"];

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
  },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export function Counts({ report, t }: { report: Report; t: UiStrings }) {
  const styles = useStyles();
  const counts = activityCounts(report.activities);
  const inFrame = report.activities.filter((a) => a.outsideFrame === undefined);
  const multiYear = inFrame.filter((a) => a.multiYear).length;
  const byStatus = (s: AnchoringStatus) => inFrame.filter((a) => a.anchoring === s).length;
  return (
    <section aria-labelledby="counts-heading">
      <SectionHeading id="counts-heading">{t.countsHeading}</SectionHeading>
      <dl className={styles.list}>
        <dt>{t.activities}</dt>
        <dd className={styles.value}>{t.count(counts.inFrame)}</dd>
        {counts.outsideFrame > 0 && (
          <Row
            label={t.outsideFrame}
            value={t.count(counts.outsideFrame)}
            className={styles.value}
          />
        )}
        <dt>{t.multiYearGrants}</dt>
        <dd className={styles.value}>{t.count(multiYear)}</dd>
        {STATUSES.map((s) => (
          <Row
            key={s}
            label={t.anchoringStatus[s]}
            value={t.count(byStatus(s))}
            className={styles.value}
          />
        ))}
      </dl>
    </section>
  );
}

function Row({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={className}>{value}</dd>
    </>
  );
}
