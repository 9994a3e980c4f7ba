// The names and types of the files file mode offers (the download itself: host/download.ts).

/** The media type of a workbook we offer, by its extension. */
export const WORKBOOK_MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
} as const;

/** "Tryghedsplan 2026.xlsx" → "Tryghedsplan 2026" (the base for the files we offer). */
export function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\"));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  return base.trim() || "regneark";
}
