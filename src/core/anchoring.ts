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

/** True when the anchoring cell holds real text, not "nej", "ingen", "mangler", "-", "?", "n/a". */
export function isRealAnchoring(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = text.trim();
  if (t === "" || /^[-–—?.\s]+$/.test(t)) return false;
  return !NOT_A_PLAN.has(fold(t));
}

/** "Fast", "Fast 4-årig bevilling", "fast bevilling": a fixed grant set by the agreement. */
export function isFixedGrantText(text: string | undefined): boolean {
  return text !== undefined && /(?:^|[^a-zæøå])fast(?:$|[^a-zæøå])/i.test(text);
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
