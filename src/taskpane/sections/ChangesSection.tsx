// "Ændringer siden godkendt 12-12-2025", right under the year cards: per year the approved total,
// the total now, the change and the leftover now; then the changed activities (each with "Vis"),
// new and resolved findings. Buttons: approve the plan as the baseline, or compare with another
// workbook file instead.
import { useRef } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { changedActivities, type ActivityChange, type Changes } from "../../core/compare";
import { anchoringChange, changesTitle, deltaText, signedKr } from "../../core/compare";
import { formatKr } from "../../core";
import { findingMessage } from "../../core/words";
import type { Finding, Lang } from "../../core";
import type { BaselineState } from "../hooks/useBaseline";
import { changesStrings, type ChangesStrings } from "../words/changes";
import { SectionHeading } from "../components/SectionHeading";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "6px" },
  h3: {
    margin: "8px 0 2px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  p: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: "8px",
    padding: "4px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  // The per-year table: four narrow columns that fit 360 px (amounts right-aligned, same digits).
  years: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    "& th, & td": { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th": { fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
    "& td": { textAlign: "right", whiteSpace: "nowrap" },
    "& th:first-child, & td:first-child": { textAlign: "left", paddingLeft: 0 },
  },
  change: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  hiddenInput: { display: "none" },
});

export interface ChangesSectionProps {
  state: BaselineState;
  /** The section's words are its own (words/changes.ts, in its chunk): picked by language there. */
  lang: Lang;
  disabled: boolean;
  onShow: (cell: string) => void;
}

function ActivityList({
  items,
  lang,
  t,
  onShow,
}: {
  items: ActivityChange[];
  lang: Lang;
  t: ChangesStrings;
  onShow: (cell: string) => void;
}) {
  const styles = useStyles();
  const w = t.changes;
  const word = { added: w.added, removed: w.removed, changed: w.changed, unchanged: "" };
  return (
    <ul className={styles.list} data-testid="changed-activities">
      {items.map((a, k) => (
        <li key={k} className={styles.item}>
          <div>
            <p className={styles.p}>
              <strong>{word[a.status]}:</strong> {a.name}
              {a.approvedName !== undefined && ` (${w.was(a.approvedName)})`}
            </p>
            <p className={styles.change}>{changeLine(a, lang, t)}</p>
          </div>
          {a.cell && (
            <Button
              size="small"
              aria-label={t.showCellLabel(a.cell)}
              onClick={() => onShow(a.cell as string)}
            >
              {t.showCell}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** An activity's change on one line: per year, then a rename or an anchoring change. */
function changeLine(a: ActivityChange, lang: Lang, t: ChangesStrings): string {
  const parts: string[] = [];
  if (a.deltas.length) parts.push(deltaText(a.deltas, lang));
  if (a.approvedName !== undefined && !a.deltas.length) parts.push(t.changes.renamed);
  if (a.anchoring) parts.push(`${t.anchoring}: ${anchoringChange(a, lang)}`);
  return parts.join("; ");
}

/** Per year: approved, now and the change, a compact table; the leftover now on a line below. */
function YearTable({ c, lang, t }: { c: Changes; lang: Lang; t: ChangesStrings }) {
  const styles = useStyles();
  const w = t.changes;
  return (
    <>
      <table className={styles.years} data-testid="change-years">
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col">{w.approved}</th>
            <th scope="col">{w.now}</th>
            <th scope="col">{w.change}</th>
          </tr>
        </thead>
        <tbody>
          {c.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{formatKr(y.approvedTotal, lang)}</td>
              <td>{formatKr(y.total, lang)}</td>
              <td>
                {y.delta !== 0 ? (
                  <strong>{signedKr(y.delta, lang)}</strong>
                ) : (
                  signedKr(y.delta, lang)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.change}>
        {`${w.leftoverNow}: ${c.years.map((y) => `${y.year}: ${formatKr(y.leftover, lang)}`).join(", ")}`}
      </p>
    </>
  );
}

function FindingList({
  title,
  findings,
  lang,
}: {
  title: string;
  findings: Finding[];
  lang: Lang;
}) {
  const styles = useStyles();
  if (!findings.length) return null;
  return (
    <>
      <h3 className={styles.h3}>{`${title} (${findings.length})`}</h3>
      <ul className={styles.list}>
        {findings.map((f, k) => (
          <li key={k} className={styles.item}>
            {findingMessage(f, lang)}
          </li>
        ))}
      </ul>
    </>
  );
}

function ChangesBody({
  c,
  lang,
  t,
  onShow,
}: {
  c: Changes;
  lang: Lang;
  t: ChangesStrings;
  onShow: (cell: string) => void;
}) {
  const styles = useStyles();
  const w = t.changes;
  const changed = changedActivities(c);
  const none = !changed.length && !c.findings.new.length && !c.findings.resolved.length;
  return (
    <>
      {c.otherPlanYear && (
        <p className={styles.p} role="note">
          {w.otherPlanYear(c.baseline.planYear, c.planYear, c.years.map((y) => y.year).join(", "))}
        </p>
      )}
      <YearTable c={c} lang={lang} t={t} />
      {none && <p className={styles.p}>{w.none}</p>}
      {changed.length > 0 && <ActivityList items={changed} lang={lang} t={t} onShow={onShow} />}
      <FindingList title={w.newFindings} findings={c.findings.new} lang={lang} />
      <FindingList title={w.resolvedFindings} findings={c.findings.resolved} lang={lang} />
    </>
  );
}

export function ChangesSection({ state, lang, disabled, onShow }: ChangesSectionProps) {
  const styles = useStyles();
  const t = changesStrings[lang];
  const inputRef = useRef<HTMLInputElement>(null);
  const { changes, stored, fileName, compareProblem } = state;
  const title = changes ? changesTitle(changes, lang) : t.changes.title;
  return (
    <section
      aria-labelledby="changes-heading"
      className={styles.stack}
      data-testid="changes-section"
    >
      <SectionHeading id="changes-heading">{title}</SectionHeading>
      {stored?.found && !stored.ok && (
        <p className={styles.p}>{t.changes.damaged(stored.detail)}</p>
      )}
      {compareProblem && (
        <p className={styles.problem} role="alert">
          {compareProblem}
        </p>
      )}
      {changes ? (
        <>
          <p className={styles.muted}>
            {fileName
              ? t.fileSource(fileName)
              : state.savedCopy
                ? t.storedInCopy(state.savedCopy)
                : t.storedSource}
          </p>
          <ChangesBody c={changes} lang={lang} t={t} onShow={onShow} />
        </>
      ) : compareProblem ? null : (
        <p className={styles.muted}>
          {stored?.found === false && stored.unread ? t.baselineUnread : t.noBaseline}
        </p>
      )}
      <div className={styles.row}>
        {state.canApprove && (
          <Button size="small" disabled={disabled} onClick={state.approveNow}>
            {t.approveButton}
          </Button>
        )}
        <Button size="small" disabled={disabled} onClick={() => inputRef.current?.click()}>
          {t.compareFileButton}
        </Button>
        {fileName && (
          <Button size="small" disabled={disabled} onClick={state.backToStored}>
            {t.backToStored}
          </Button>
        )}
        <input
          ref={inputRef}
          type="file"
          accept=".xlsx,.xlsm"
          className={styles.hiddenInput}
          aria-label={t.compareFileButton}
          data-testid="compare-file-input"
          onChange={(e) => {
            const picked = e.currentTarget.files?.[0];
            if (picked) state.compareWithFile(picked);
            e.currentTarget.value = "";
          }}
        />
      </div>
    </section>
  );
}
