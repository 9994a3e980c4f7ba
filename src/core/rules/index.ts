// Every rule, in one list: check() runs them all.
import { ambiguousNumber } from "./ambiguousNumber";
import { duplicateActivity } from "./duplicateActivity";
import { fixedGrant } from "./fixedGrant";
import { multiYearNoAnchor } from "./multiYearNoAnchor";
import { mergesUnread } from "./mergesUnread";
import { negativeAmount } from "./negativeAmount";
import { noAnchorColumn } from "./noAnchorColumn";
import { notANumber } from "./notANumber";
import { overFrame } from "./overFrame";
import { partnersTarget } from "./partnersTarget";
import type { Rule } from "./rule";
import { textAmount } from "./textAmount";
import { totalMismatch } from "./totalMismatch";

export const allRules: readonly Rule[] = [
  overFrame,
  multiYearNoAnchor,
  fixedGrant,
  noAnchorColumn,
  notANumber,
  ambiguousNumber,
  textAmount,
  negativeAmount,
  duplicateActivity,
  totalMismatch,
  partnersTarget,
  mergesUnread,
];

export type { Rule, RuleContext } from "./rule";
