// MERGES_UNREAD (info): the shell could not read the sheet's merged areas (Excel refuses above 512
// of them), so the sheet was checked without them. The check never fails for it; the report says so,
// because without merges a merged activity cell does not carry the activity down to the rows below.
import * as z from "zod/mini";
import { finding } from "./finding";
import { rule } from "./rule";

export const mergesUnreadFinding = finding("MERGES_UNREAD", "info", { sheet: z.string() });

export const mergesUnread = rule([mergesUnreadFinding], ({ model }) =>
  model.grid.mergesUnread === true
    ? [{ code: "MERGES_UNREAD", severity: "info", sheet: model.sheet }]
    : []
);
