// How many activities, how many multi-year grants, and how their anchoring stands.
import { makeStyles } from "@fluentui/react-components";
import type { AnchoringStatus, Report } from "../../core";
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
  const multiYear = report.activities.filter((a) => a.multiYear).length;
  const byStatus = (s: AnchoringStatus) =>
    report.activities.filter((a) => a.anchoring === s).length;
  return (
    <section aria-labelledby="counts-heading">
      <SectionHeading id="counts-heading">{t.countsHeading}</SectionHeading>
      <dl className={styles.list}>
        <dt>{t.activities}</dt>
        <dd className={styles.value}>{t.count(report.activities.length)}</dd>
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
