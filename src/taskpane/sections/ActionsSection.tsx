// What the user can do with the answer: check again, write the overview sheet, export the table.
// More outputs (a PDF report, say) go in the export group as one more button.
import { Button, makeStyles } from "@fluentui/react-components";
import { BusyRing } from "../components/BusyRing";
import type { ReactNode } from "react";
import type { Busy } from "../hooks/useTasks";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

export interface ActionsSectionProps {
  t: UiStrings;
  busy: Busy;
  disabled: boolean;
  onCheck: () => void;
  onWrite: () => void;
  onExport: (what: "workbook" | "csv") => void;
  /** Further export buttons (same size and group as the others). */
  moreExports?: ReactNode;
}

export function ActionsSection(props: ActionsSectionProps) {
  const { t, busy, disabled } = props;
  const styles = useStyles();
  const busyLabel: Record<NonNullable<Busy>, string> = {
    start: t.loading,
    check: t.checking,
    write: t.writing,
    export: t.exporting,
    fix: t.fixing,
  };
  return (
    <section aria-label={t.actionsHeading} className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={props.onCheck}>
          {t.checkButton}
        </Button>
        <Button disabled={disabled} onClick={props.onWrite}>
          {t.writeButton}
        </Button>
      </div>
      <div className={styles.row} role="group" aria-labelledby="export-label">
        <span id="export-label">{t.exportHeading}:</span>
        <Button size="small" disabled={disabled} onClick={() => props.onExport("workbook")}>
          {t.exportWorkbookButton}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => props.onExport("csv")}>
          {t.exportCsvButton}
        </Button>
        {props.moreExports}
      </div>
      {busy && <BusyRing label={busyLabel[busy]} />}
    </section>
  );
}
