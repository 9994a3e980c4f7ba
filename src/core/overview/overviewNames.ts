// The overview sheet's names and number formats: what the pane, the fixes and the ownership
// check need at start-up, apart from the sheet plan (overviewSheet.ts), which only a write or an
// export needs and which the task pane therefore loads on the click.

export const DEFAULT_OVERVIEW_SHEET = "Budgetoversigt";

/** Excel's invariant number format codes (Danish Excel shows them as 1.900.000 kr.). */
export const KRONER_FORMAT = '#,##0 "kr."';
/** Negative leftover shows red (and with a minus, so not by colour alone). */
export const LEFTOVER_FORMAT = '#,##0 "kr.";[Red]-#,##0 "kr."';
export const DATE_FORMAT = "dd-mm-yyyy";

/**
 * The overview table's name for a sheet (letters, digits, "_", "."; starts with a letter or "_").
 * Shells also use it to tell our overview sheet from a user's sheet of the same name.
 */
export function overviewTableName(sheetName: string): string {
  const base = sheetName.replace(/[^A-Za-z0-9_.\u00C0-\u024F]/g, "_");
  return `${/^[A-Za-z_\u00C0-\u024F]/.test(base) ? "" : "_"}${base}_tabel`;
}
