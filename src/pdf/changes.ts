// The changes since the approved plan, at least what the command's text says: where the approved
// version comes from (file and sheet, or the baseline stored in the workbook and its date), per
// year approved → now, the change and the leftover now; then every added, removed and changed
// activity by name with its per-year change (unchanged ones are not counted or named); anchoring
// changes; new and resolved findings.
import { outputLabelsFor } from "../core/words";
import type { Content, TableCell } from "pdfmake/interfaces";
import {
  anchoringChange,
  changedActivities,
  changesTitle,
  danishDate,
  deltaText,
  signedKr,
  type ActivityChange,
  type Changes,
} from "../core/compare";
import { formatKr, type Lang } from "../core";
import { findingMessage } from "../core/words";
import { amount, keepUnits, sectionTitle, table } from "./layout";

/** The file's name without its folder (the command passes the path it was given). */
const baseName = (file: string): string => file.replace(/^.*[\\/]/, "");

function sourceLine(c: Changes, lang: Lang): string {
  const w = outputLabelsFor(lang).changes;
  if (c.baseline.file !== undefined) return w.file(baseName(c.baseline.file), c.baseline.sheet);
  return c.baseline.approvedAt ? w.stored(danishDate(c.baseline.approvedAt)) : w.storedNoDate;
}

function yearTable(c: Changes, lang: Lang, title: Content[]): Content {
  const L = outputLabelsFor(lang);
  const w = L.changes;
  const rows = c.years.map((y): TableCell[] => [
    String(y.year),
    amount(formatKr(y.approvedTotal, lang)),
    amount(formatKr(y.total, lang)),
    amount(signedKr(y.delta, lang), { bold: y.delta !== 0 }),
    amount(formatKr(y.leftover, lang), y.leftover < 0 ? { bold: true, color: "#a4262c" } : {}),
  ]);
  return table(
    [L.year, w.approved, w.now, w.change, w.leftoverNow],
    rows,
    [40, "*", "*", "*", "*"],
    {
      right: [1, 2, 3, 4],
      title,
    }
  );
}

/** What changed for one activity: its per-year changes, a rename, its anchoring. */
function changeText(a: ActivityChange, lang: Lang): string {
  const L = outputLabelsFor(lang);
  const parts: string[] = [];
  if (a.deltas.length) parts.push(deltaText(a.deltas, lang));
  if (a.approvedName !== undefined) parts.push(L.changes.was(a.approvedName));
  if (a.anchoring) parts.push(`${L.anchoring.toLowerCase()}: ${anchoringChange(a, lang)}`);
  return keepUnits(parts.join("; "));
}

function activityGroups(c: Changes, lang: Lang): Content[] {
  const L = outputLabelsFor(lang);
  const w = L.changes;
  const changed = changedActivities(c);
  const out: Content[] = [];
  for (const [status, title] of [
    ["added", w.added],
    ["removed", w.removed],
    ["changed", w.changed],
  ] as const) {
    const list = changed.filter((a) => a.status === status);
    if (!list.length) continue;
    const rows = list.map((a): TableCell[] => [a.nr ?? "", a.name, changeText(a, lang)]);
    out.push(
      table([L.nr, L.activity, w.change], rows, [24, 170, "*"], {
        title: `${title} (${list.length})`,
      })
    );
  }
  return out;
}

function findingGroups(c: Changes, lang: Lang): Content[] {
  const w = outputLabelsFor(lang).changes;
  return (
    [
      [w.newFindings, c.findings.new],
      [w.resolvedFindings, c.findings.resolved],
    ] as const
  )
    .filter(([, list]) => list.length)
    .map(([title, list]) => ({
      stack: [
        { text: `${title} (${list.length})`, bold: true, margin: [0, 4, 0, 2] },
        { ul: list.map((f) => keepUnits(findingMessage(f, lang))), fontSize: 9 },
      ],
      unbreakable: list.length <= 5,
    }));
}

/** The section (nothing when there is no approved version to compare with). */
export function changesSection(c: Changes | undefined, lang: Lang): Content[] {
  if (!c) return [];
  const w = outputLabelsFor(lang).changes;
  const notes = [sourceLine(c, lang)];
  if (c.otherPlanYear) {
    const years = c.years.map((y) => y.year).join(", ") || "–";
    notes.push(w.otherPlanYear(c.baseline.planYear, c.planYear, years));
  }
  const quiet =
    !changedActivities(c).length && !c.findings.new.length && !c.findings.resolved.length;
  return [
    // The heading and where the approved version comes from head the per-year table.
    yearTable(c, lang, sectionTitle(changesTitle(c, lang), notes)),
    ...activityGroups(c, lang),
    ...findingGroups(c, lang),
    ...(quiet ? [{ text: w.none, fontSize: 9 }] : []),
  ];
}
