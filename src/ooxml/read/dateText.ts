// Dates as the engine receives them from every shell: a whole day as "2026-01-14", a moment as
// "2026-01-14T10:30:00" (UTC, as the workbook stores no time zone).

/** A Date as grid text ("" for an invalid date). */
export function cellDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "");
}

/** Days since 1899-12-30 (or 1904-01-01 in a 1904 workbook) to 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = EPOCH_1900 - 1462;

/** An Excel date serial (a number in a date format) as grid text. */
export function serialDateText(serial: number, date1904: boolean): string {
  const days = serial - (date1904 ? EPOCH_1904 : EPOCH_1900);
  return cellDateText(new Date(Math.round(days * 86_400_000)));
}
