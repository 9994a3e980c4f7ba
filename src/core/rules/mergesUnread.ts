// MERGES_UNREAD (info): the shell could not read the sheet's merged areas (Excel refuses above 512
// of them), so the sheet was checked without them. The check never fails for it; the report says so,
// because without merges a merged activity cell does not carry the activity down to the rows below.
import type { Rule } from "./rule";

export const mergesUnread: Rule = ({ model }) =>
  model.grid.mergesUnread === true
    ? [{ code: "MERGES_UNREAD", severity: "info", sheet: model.sheet }]
    : [];
