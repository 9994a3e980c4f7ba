// Findings grouped by kind, worst first. Each group says why it matters and how to mend it (the
// core's kind table); each finding has "Vis" for its cell and, where the core offers one, a fix.
import type { ReactElement, ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import { a1 } from "../../core/sheet";
import { findingMessage } from "../../core/words";
import { findingKind, howToMend } from "../../core/words";
import { bySeverity } from "../../core/findings";
import type { Finding, FindingCode, Lang, Severity } from "../../core";
import type { UiStrings } from "../strings";
import { SectionHeading } from "../components/SectionHeading";

const useStyles = makeStyles({
  group: { marginBottom: "12px" },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: "6px",
    margin: "12px 0 4px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  help: { margin: "2px 0", color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsSectionProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  onShow: (cell: string) => void;
  /** Fix buttons for a finding (none when the host cannot write, or the core offers none). */
  actions?: (finding: Finding) => ReactNode;
}

interface Group {
  code: FindingCode;
  severity: Severity;
  findings: Finding[];
}

/** One group per code, in the order of their worst finding (findings come sorted). */
function groupByKind(findings: Finding[]): Group[] {
  const groups = new Map<FindingCode, Group>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g) {
      g.findings.push(f);
      if (bySeverity(f.severity, g.severity) < 0) g.severity = f.severity;
    } else groups.set(f.code, { code: f.code, severity: f.severity, findings: [f] });
  }
  return [...groups.values()].sort((a, b) => bySeverity(a.severity, b.severity));
}

export function FindingsSection({ findings, lang, t, onShow, actions }: FindingsSectionProps) {
  const styles = useStyles();
  const icons: Record<Severity, ReactElement> = {
    error: <ErrorCircle20Filled className={styles.error} aria-hidden />,
    warning: <Warning20Filled className={styles.warning} aria-hidden />,
    info: <Info20Regular className={styles.info} aria-hidden />,
  };
  return (
    <section aria-labelledby="findings-heading">
      <SectionHeading id="findings-heading">{t.findings}</SectionHeading>
      {findings.length === 0 && <p>{t.noFindings}</p>}
      {groupByKind(findings).map((g) => {
        const kind = findingKind(g.code, lang);
        const id = `kind-${g.code}`;
        return (
          <section key={g.code} aria-labelledby={id} className={styles.group}>
            <h3 id={id} className={styles.heading}>
              {icons[g.severity]}
              {t.kindHeading(t.severity[g.severity], kind.title, g.findings.length)}
            </h3>
            <p className={styles.help}>
              <strong>{t.why}:</strong> {kind.why}
            </p>
            <p className={styles.help}>
              <strong>{t.how}:</strong> {howToMend(g.findings[0], lang)}
            </p>
            <ul className={styles.list}>
              {g.findings.map((f, i) => {
                const cell = f.at ? a1(f.at) : undefined;
                return (
                  <li key={i} className={styles.item}>
                    <span>{findingMessage(f, lang)}</span>
                    {(cell || actions) && (
                      <span className={styles.buttons}>
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
                        {actions?.(f)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
