// Finding our baseline among a workbook package's custom XML parts, without Office: the command and
// file mode read it from the .xlsx bytes. Only the small parts are inflated (size-limited); the
// sheets are never unpacked here.
import { strFromU8 } from "fflate";
import { openZip } from "../base/zip";
import { pickStoredBaseline, type StoredBaseline } from "../../core/compare";

/** A custom XML part larger than this is not ours (ours is a few hundred KB for a huge plan). */
const MAX_PART_BYTES = 16 * 1024 * 1024;

const CUSTOM_XML_REL = "/relationships/customXml";
const ITEM = /^customXml\/item\d+\.xml$/i;

export type { StoredBaseline } from "../../core/compare";

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = "";
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode(
      littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]
    );
  }
  return out;
}

/**
 * Custom XML parts are often UTF-16 with a byte-order mark when Excel saved them. No TextDecoder:
 * jsdom, where file mode is tested, has none; fflate decodes UTF-8.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return strFromU8(bytes.subarray(bom));
}

/** Targets of the workbook's customXml relationships ("../customXml/item1.xml" → "customXml/item1.xml"). */
function relTargets(relsXml: string | undefined): string[] {
  if (!relsXml) return [];
  const out: string[] = [];
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!target || !type.endsWith(CUSTOM_XML_REL)) continue;
    out.push(target.startsWith("/") ? target.slice(1) : target.replace(/^(\.\.\/)+/, ""));
  }
  return out;
}

/**
 * The custom XML parts of a package by name, as text: the ones the workbook's relationships name
 * and any other customXml/itemN.xml. Throws ZipError for a broken zip or a part over the limit.
 */
export function customXmlParts(bytes: Uint8Array): Map<string, string> {
  const zip = openZip(bytes, { maxPartBytes: MAX_PART_BYTES, maxTotalBytes: 4 * MAX_PART_BYTES });
  const relsEntry = zip.get("xl/_rels/workbook.xml.rels");
  const names = new Set([
    ...relTargets(relsEntry && decodeXml(zip.read(relsEntry))),
    ...zip.entries.map((e) => e.name).filter((n) => ITEM.test(n)),
  ]);
  const parts = new Map<string, string>();
  for (const n of names) {
    const entry = zip.get(n);
    if (entry) parts.set(n, decodeXml(zip.read(entry)));
  }
  return parts;
}

/** The baseline stored in a workbook package, if any (see pickStoredBaseline). */
export function readStoredBaseline(bytes: Uint8Array): StoredBaseline {
  return pickStoredBaseline(customXmlParts(bytes));
}
