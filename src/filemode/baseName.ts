// The base of the names of the files file mode offers (the download itself: host/download.ts).

/** "Tryghedsplan 2026.xlsx" → "Tryghedsplan 2026" (the base for the files we offer). */
export function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\"));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  return base.trim() || "regneark";
}
