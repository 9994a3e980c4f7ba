// MERGES_UNREAD (info): the shell could not read the sheet's merged areas, so the sheet was checked
// without them: Excel gives none above 512 of them ("tooMany"), and Excel older than ExcelApi 1.13
// has no way to read them ("notSupported"). The check never fails for it; the report says so,
// because without merges a merged activity cell does not carry the activity down to the rows below.
import * as z from "zod/mini";
import { finding } from "./finding";
import { rule } from "./rule";

export const mergesUnreadFinding = finding("MERGES_UNREAD", "info", {
  sheet: z.string(),
  /** Optional: approved plans stored before the reason was kept have none ("tooMany" then). */
  reason: z.optional(z.enum(["tooMany", "notSupported"])),
});

export const mergesUnread = rule([mergesUnreadFinding], ({ model }) => {
  const reason = model.grid.mergesUnread;
  return reason ? [{ code: "MERGES_UNREAD", severity: "info", sheet: model.sheet, reason }] : [];
});
