// Which activity in the approved plan is which activity now. By activity, never by cell: rows
// inserted, reordered or moved to another block do not change what an activity is.
//
// The rule, in four passes over what is still unmatched (each pass pairs in sheet order):
//  1. same Nr. and same name;
//  2. same name (so renumbering after an inserted row is no change);
//  3. same Nr. (the name changed: a rename);
//  4. a similar name: the Dice similarity of the names' letter pairs (after folding case,
//     accents, spaces and punctuation) is at least 0.6, each is the other's best candidate, and
//     the next best candidate of either is at least 0.1 lower. So a rename without Nr. is found,
//     while an activity split in two (two equally close names) stays one removed and two added.
// A Nr. counts only when it is unique on its own side.
import { fold } from "../sheet/text";

export interface MatchItem {
  nr?: string;
  name: string;
  area?: string;
}

export type MatchHow = "nrAndName" | "name" | "nr" | "similar";

export interface Matching {
  /** [approved index, now index, how]. */
  pairs: [number, number, MatchHow][];
  /** Approved indexes with no match (removed), ascending. */
  removed: number[];
  /** Now indexes with no match (added), ascending. */
  added: number[];
}

export const SIMILAR_MIN = 0.6;
export const SIMILAR_MARGIN = 0.1;
/** Pass 4 compares every leftover pair; beyond this many pairs it is skipped (no guessing at scale). */
const SIMILAR_MAX_PAIRS = 250_000;

/** "Nr. 07" and "7." are the same number; other text is folded. */
function nrKey(nr: string | undefined): string | undefined {
  if (nr === undefined) return undefined;
  const f = fold(nr).replace(/^nr/, "");
  if (f === "") return undefined;
  return /^\d+$/.test(f) ? String(Number(f)) : f;
}

function uniqueNrs(items: readonly MatchItem[]): (string | undefined)[] {
  const keys = items.map((i) => nrKey(i.nr));
  const count = new Map<string, number>();
  for (const k of keys) if (k !== undefined) count.set(k, (count.get(k) ?? 0) + 1);
  return keys.map((k) => (k !== undefined && count.get(k) === 1 ? k : undefined));
}

/** Letter pairs of a folded name, with counts. */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient of two folded names' letter pairs, 0..1 (1 = the same pairs). */
export function nameSimilarity(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 1;
  const ba = bigrams(fa);
  const bb = bigrams(fb);
  const size = Math.max(fa.length - 1, 0) + Math.max(fb.length - 1, 0);
  if (size === 0) return 0;
  let common = 0;
  for (const [k, n] of ba) common += Math.min(n, bb.get(k) ?? 0);
  return (2 * common) / size;
}

/** An item's key in one pass, by index on its side; `undefined` never pairs. */
type Keys = readonly (string | undefined)[];

/** Pairs still-unmatched items with equal keys, in sheet order. */
function pairByKey(left: number[], right: number[], keyL: Keys, keyR: Keys): [number, number][] {
  const queue = new Map<string, number[]>();
  for (const j of right) {
    const k = keyR[j];
    if (k === undefined) continue;
    const q = queue.get(k);
    if (q) q.push(j);
    else queue.set(k, [j]);
  }
  const out: [number, number][] = [];
  for (const i of left) {
    const k = keyL[i];
    const j = k === undefined ? undefined : queue.get(k)?.shift();
    if (j !== undefined) out.push([i, j]);
  }
  return out;
}

function similarPairs(left: number[], right: number[], a: MatchItem[], b: MatchItem[]) {
  if (left.length * right.length > SIMILAR_MAX_PAIRS) return [];
  const score = left.map((i) => right.map((j) => nameSimilarity(a[i].name, b[j].name)));
  const out: [number, number][] = [];
  left.forEach((i, li) => {
    const row = score[li];
    const best = row.reduce((m, s, k) => (s > row[m] ? k : m), 0);
    const s = row[best];
    if (s === undefined || s < SIMILAR_MIN) return;
    const col = score.map((r) => r[best]);
    const secondRow = Math.max(0, ...row.filter((_, k) => k !== best));
    const secondCol = Math.max(0, ...col.filter((_, k) => k !== li));
    if (col.some((c) => c > s)) return;
    if (s - secondRow < SIMILAR_MARGIN || s - secondCol < SIMILAR_MARGIN) return;
    out.push([i, right[best]]);
  });
  return out;
}

export function matchActivities(approved: MatchItem[], now: MatchItem[]): Matching {
  const nrA = uniqueNrs(approved);
  const nrN = uniqueNrs(now);
  const nameA = approved.map((x) => fold(x.name));
  const nameN = now.map((x) => fold(x.name));
  const both = (nrs: Keys, names: string[]): Keys =>
    nrs.map((nr, i) => (nr === undefined ? undefined : `${nr}\u0000${names[i]}`));
  let left = approved.map((_, i) => i);
  let right = now.map((_, j) => j);
  const pairs: [number, number, MatchHow][] = [];
  const pass = (how: MatchHow, found: [number, number][]): void => {
    const usedL = new Set(found.map((p) => p[0]));
    const usedR = new Set(found.map((p) => p[1]));
    for (const [i, j] of found) pairs.push([i, j, how]);
    left = left.filter((i) => !usedL.has(i));
    right = right.filter((j) => !usedR.has(j));
  };
  pass("nrAndName", pairByKey(left, right, both(nrA, nameA), both(nrN, nameN)));
  pass("name", pairByKey(left, right, nameA, nameN));
  pass("nr", pairByKey(left, right, nrA, nrN));
  pass("similar", similarPairs(left, right, approved, now));
  return { pairs, removed: left, added: right };
}
