// Findings grouped by severity, each in the user's language with a "Vis" button that selects
// its cell in the workbook (and in file mode, in the preview).
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { a1 } from "../../core/address";
import { findingMessage } from "../../core/messages";
import type { Finding, Lang, Severity } from "../../core/types";
import type { UiStrings } from "../strings";

const ORDER: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: "6px",
    margin: "12px 0 4px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: "8px",
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  onShow: (cell: string) => void;
}

export function Findings({ findings, lang, t, onShow }: FindingsProps) {
  const styles = useStyles();
  const icons: Record<Severity, ReactElement> = {
    error: <ErrorCircle20Filled className={styles.error} aria-hidden />,
    warning: <Warning20Filled className={styles.warning} aria-hidden />,
    info: <Info20Regular className={styles.info} aria-hidden />,
  };
  if (findings.length === 0) return <p>{t.noFindings}</p>;
  return (
    <>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-labelledby={`findings-${severity}`}>
            <h3 id={`findings-${severity}`} className={styles.heading}>
              {icons[severity]}
              {t.severityGroup[severity](group.length)}
            </h3>
            <ul className={styles.list}>
              {group.map((f, i) => {
                const cell = f.at ? a1(f.at) : undefined;
                return (
                  <li key={i} className={styles.item}>
                    <span>{findingMessage(f, lang)}</span>
                    {cell && (
                      <Button
                        size="small"
                        appearance="secondary"
                        aria-label={t.showCellLabel(cell)}
                        onClick={() => onShow(cell)}
                      >
                        {t.showCell}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
