// What a sheet's cells look up elsewhere in the package: the shared strings (plain and rich: the
// runs' text joined, phonetic guides left out) and the cell styles whose number format shows a
// date. Read once per package, only when a sheet needs them.
import { attr, parsePart, unescapeXstring } from "../base/xmlStream";
import type { ZipArchive, ZipEntry } from "../base/zip";

/** The text of each <si>: every <t> in it, except inside <rPh> (phonetic reading). */
export function readSharedStrings(zip: ZipArchive, entry: ZipEntry): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  parsePart(zip, entry, {
    open: (local) => {
      if (local === "si") current = "";
      else if (local === "t") inT = phonetic === 0;
      else if (local === "rPh") phonetic++;
    },
    text: (t) => {
      if (inT && current !== undefined) current += t;
    },
    close: (local) => {
      if (local === "t") inT = false;
      else if (local === "rPh") phonetic--;
      else if (local === "si") {
        out.push(unescapeXstring(current ?? ""));
        current = undefined;
      }
    },
  });
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
function builtInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** A custom format code shows a date when, outside quotes and [brackets], it has date letters. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ""));
}

/** For each cell style (cellXfs index): does its number format show a date? */
export function readDateStyles(zip: ZipArchive, entry: ZipEntry): boolean[] {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  parsePart(zip, entry, {
    open: (local, tag) => {
      if (local === "numFmt")
        custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
      else if (local === "cellXfs") inCellXfs = true;
      else if (local === "xf" && inCellXfs) xfNumFmt.push(Number(attr(tag, "numFmtId") ?? 0));
    },
    close: (local) => {
      if (local === "cellXfs") inCellXfs = false;
    },
  });
  return xfNumFmt.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : builtInDate(id);
  });
}
