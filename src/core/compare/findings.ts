// New and resolved findings. A finding is the same finding when its code, its activity (through
// the matching, so a renamed or moved activity keeps its findings) and its year agree; never by
// cell address, which moves whenever a row is inserted.
import { fold } from "../sheet/text";
import type { Finding } from "../types";
import type { Baseline } from "./baseline";
import type { Matching } from "./match";

interface Keys {
  /** By activity index (a finding's activityId is its activity's index in sheet order). */
  byIndex: string[];
  /** By folded name, for a finding without a usable activityId (first activity of that name). */
  byName: Map<string, string>;
}

/** Each activity's identity: the pair's index when matched, else its side and index. */
function activityKeys(b: Baseline, side: "a" | "n", m: Matching): Keys {
  const pairOf = new Map(m.pairs.map(([i, j], k) => [side === "a" ? i : j, k]));
  const byIndex = b.activities.map((_, idx) => {
    const k = pairOf.get(idx);
    return k === undefined ? `${side}:${idx}` : `p:${k}`;
  });
  const byName = new Map<string, string>();
  b.activities.forEach((act, idx) => {
    const f = fold(act.name);
    if (!byName.has(f)) byName.set(f, byIndex[idx]);
  });
  return { byIndex, byName };
}

function identity(f: Finding, keys: Keys, side: string): string {
  let act = "";
  if (f.activityId !== undefined && keys.byIndex[f.activityId] !== undefined) {
    act = keys.byIndex[f.activityId];
  } else if (f.activity !== undefined) {
    act = keys.byName.get(fold(f.activity)) ?? `${side}:${fold(f.activity)}`;
  }
  return `${f.code}|${act}|${f.year ?? ""}`;
}

/** Findings in `mine` beyond what `theirs` has of the same identity (counted, so duplicates pair). */
function extra(mine: Finding[], myIds: string[], theirIds: string[]): Finding[] {
  const left = new Map<string, number>();
  for (const id of theirIds) left.set(id, (left.get(id) ?? 0) + 1);
  return mine.filter((_, k) => {
    const n = left.get(myIds[k]) ?? 0;
    if (n > 0) left.set(myIds[k], n - 1);
    return n === 0;
  });
}

export function compareFindings(
  approved: Baseline,
  now: Baseline,
  m: Matching,
  years: Set<number>
): { new: Finding[]; resolved: Finding[] } {
  // A finding about a year outside the compared years says nothing about this comparison.
  const inYears = (f: Finding): boolean => f.year === undefined || years.has(f.year);
  const a = approved.findings.filter(inYears);
  const n = now.findings.filter(inYears);
  const ka = activityKeys(approved, "a", m);
  const kn = activityKeys(now, "n", m);
  const idsA = a.map((f) => identity(f, ka, "a"));
  const idsN = n.map((f) => identity(f, kn, "n"));
  return { new: extra(n, idsN, idsA), resolved: extra(a, idsA, idsN) };
}
