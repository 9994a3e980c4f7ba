// Whether an activity's anchoring plan is really there, and whether it is a fixed grant.
import { fold } from "./text";
import type { AnchoringStatus } from "./types";

/** Words that mean "no plan": they fill the cell but are not an anchoring plan. */
const NOT_A_PLAN = new Set([
  "",
  "nej",
  "no",
  "ingen",
  "none",
  "mangler",
  "missing",
  "na",
  "nix",
  "x0",
]);

/** The longest word in NOT_A_PLAN, folded. */
const NOT_A_PLAN_MAX = Math.max(...[...NOT_A_PLAN].map((w) => w.length));

/** True when the anchoring cell holds real text, not "nej", "ingen", "mangler", "-", "?", "n/a". */
export function isRealAnchoring(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = text.trim();
  if (longerThanAnyNonPlan(t)) return true;
  if (t === "" || /^[-–—?.\s]+$/.test(t)) return false;
  return !NOT_A_PLAN.has(fold(t));
}

/**
 * Plain ASCII with more letters and digits than any NOT_A_PLAN word: its fold is too long to be
 * one (and it is no run of dashes). Most plans are written out, so most cells end here.
 */
function longerThanAnyNonPlan(t: string): boolean {
  let alnum = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code < 32 || code > 126) return false;
    const c = code | 32; // lower case
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) alnum++;
  }
  return alnum > NOT_A_PLAN_MAX;
}

/** "Fast", "Fast 4-årig bevilling", "fast bevilling": a fixed grant set by the agreement. */
export function isFixedGrantText(text: string | undefined): boolean {
  return text !== undefined && hasFast(text) && /(?:^|[^a-zæøå])fast(?:$|[^a-zæøå])/i.test(text);
}

/** "fast" in any ASCII case somewhere in the text: the regex needs it (a cheap scan first). */
function hasFast(t: string): boolean {
  for (let i = 0; i + 3 < t.length; i++) {
    if (
      (t.charCodeAt(i) | 32) === 102 &&
      (t.charCodeAt(i + 1) | 32) === 97 &&
      (t.charCodeAt(i + 2) | 32) === 115 &&
      (t.charCodeAt(i + 3) | 32) === 116
    )
      return true;
  }
  return false;
}

export function anchoringStatus(opts: {
  multiYear: boolean;
  fixed: boolean;
  anchoringText?: string;
}): AnchoringStatus {
  if (opts.fixed) return "fixed";
  if (isRealAnchoring(opts.anchoringText)) return "present";
  return opts.multiYear ? "missing" : "notNeeded";
}
