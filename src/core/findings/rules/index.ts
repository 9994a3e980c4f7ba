// Every finding, in one list: the rules (check() runs them all, each carrying its findings' schemas)
// and the findings made outside a rule. The Finding union, the stored-baseline schema and the
// message tables' keys are derived from this list: a new finding is added here once.
import type * as z from "zod/mini";
import { ambiguousNumber } from "./ambiguousNumber";
import { duplicateActivity } from "./duplicateActivity";
import { fixedGrant } from "./fixedGrant";
import { listConflict } from "./listConflict";
import { listYearUnread } from "./listYearUnread";
import { multiYearNoAnchor } from "./multiYearNoAnchor";
import { mergesUnread } from "./mergesUnread";
import { negativeAmount } from "./negativeAmount";
import { noAnchorColumn } from "./noAnchorColumn";
import { notANumber } from "./notANumber";
import { outsideFrame } from "./outsideFrame";
import { overFrame } from "./overFrame";
import { partnersTarget } from "./partnersTarget";
import { planYearOutside } from "./planYearOutside";
import { spentNotANumber } from "./spentNotANumber";
import { spentNotStarted } from "./spentNotStarted";
import { spentOverBudget } from "./spentOverBudget";
import { spentWithoutBudget } from "./spentWithoutBudget";
import { textAmount } from "./textAmount";
import { totalMismatch } from "./totalMismatch";
import { unitConflict } from "./unitConflict";
import { unitInDoubt } from "./unitInDoubt";

export const allRules = [
  planYearOutside,
  unitConflict,
  unitInDoubt,
  overFrame,
  outsideFrame,
  multiYearNoAnchor,
  fixedGrant,
  noAnchorColumn,
  notANumber,
  listYearUnread,
  ambiguousNumber,
  textAmount,
  negativeAmount,
  duplicateActivity,
  listConflict,
  totalMismatch,
  partnersTarget,
  mergesUnread,
  spentNotANumber,
  spentOverBudget,
  spentWithoutBudget,
  spentNotStarted,
] as const;

/**
 * Findings made outside a rule (by the reader, by compare): each schema is declared with
 * `finding()` beside the code that makes it, and listed here.
 */
const madeElsewhere = [] as const;

export type FindingSchema =
  (typeof allRules)[number]["findings"][number] | (typeof madeElsewhere)[number];

/** Every finding's schema: how a stored finding (the approved plan's) is judged when read back. */
export const findingSchemas: readonly FindingSchema[] = [
  ...allRules.flatMap((r): readonly FindingSchema[] => r.findings),
  ...madeElsewhere,
];

/**
 * A finding is data: codes in the core, words at the edge (see messages/). One member per code,
 * each with its own typed fields (amounts in øre), so a message reading a field the code does not
 * have fails to compile.
 */
export type Finding = z.output<FindingSchema>;

export type { Rule, RuleContext } from "./rule";
