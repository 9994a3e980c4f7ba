// Findings grouped by kind, worst first. Each group says why it matters and how to mend it (the
// core's kind table); each finding has "Vis" for its cell and, where the core offers one, a fix.
// A long group is folded after its first few ("Vis alle N" / "Vis færre"), so 700 findings make a
// page one can scroll past; a group the core can fix all at once offers that above its list.
import { useState, type ReactElement, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import { a1 } from "../../core/sheet";
import { findingMessage } from "../../core/words";
import { findingKind, howToMend } from "../../core/words";
import { bySeverity } from "../../core/findings";
import type { Finding, FindingCode, Lang, Severity } from "../../core";
import type { UiStrings } from "../strings";
import { SectionHeading } from "../components/SectionHeading";

/** Findings shown per group before "Vis alle N". */
export const FOLD_AFTER = 5;

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
  groupButtons: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "6px 0" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsSectionProps {
  findings: Finding[];
  lang: Lang;
  t: UiStrings;
  /** "Vis": the cell, and the button clicked (for "Tilbage til fundet"). */
  onShow: (cell: string, from?: HTMLElement) => void;
  /** Fix buttons for a finding (none when the host cannot write, or the core offers none). */
  actions?: (finding: Finding) => ReactNode;
  /** A button for the whole group ("Ret alle N af denne slags"), where the core offers one. */
  groupActions?: (findings: Finding[], kindTitle: string) => ReactNode;
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

export function FindingsSection(props: FindingsSectionProps) {
  const { findings, t } = props;
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
      {groupByKind(findings).map((g) => (
        // Keyed by kind: a group stays unfolded across re-checks.
        <FindingGroup key={g.code} group={g} icon={icons[g.severity]} {...props} />
      ))}
    </section>
  );
}

function FindingGroup(props: FindingsSectionProps & { group: Group; icon: ReactElement }) {
  const { group: g, lang, t, onShow, actions, groupActions } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const kind = findingKind(g.code, lang);
  const id = `kind-${g.code}`;
  const n = g.findings.length;
  const folds = n > FOLD_AFTER;
  const shown = folds && !open ? g.findings.slice(0, FOLD_AFTER) : g.findings;
  const listId = `${id}-list`;
  const all = groupActions?.(g.findings, kind.title);
  return (
    <section aria-labelledby={id} className={styles.group}>
      <h3 id={id} className={styles.heading}>
        {props.icon}
        {t.kindHeading(t.severity[g.severity], kind.title, n)}
      </h3>
      <p className={styles.help}>
        <strong>{t.why}:</strong> {kind.why}
      </p>
      <p className={styles.help}>
        <strong>{t.how}:</strong> {howToMend(g.findings[0], lang)}
      </p>
      {all && <div className={styles.groupButtons}>{all}</div>}
      <ul className={styles.list} id={listId}>
        {shown.map((f, i) => {
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
                      data-show-cell={cell}
                      onClick={(e) => onShow(cell, e.currentTarget)}
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
      {folds && (
        <div className={styles.groupButtons}>
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={open ? undefined : t.showAllLabel(n, kind.title)}
            onClick={(e) => {
              const button = e.currentTarget;
              setOpen(!open);
              // Folding a long list moves the button far up: keep it (and the reader) in view.
              if (open) requestAnimationFrame(() => button.scrollIntoView?.({ block: "nearest" }));
            }}
          >
            {open ? t.showFewer : t.showAll(n)}
          </Button>
        </div>
      )}
    </section>
  );
}
