// Finding our baseline among a workbook package's custom XML parts, without Office: the command and
// file mode read it from the .xlsx bytes. Only the small parts are inflated (size-limited); the
// sheets are never unpacked here.
import { strFromU8 } from "fflate";
import { PackageError } from "../base/errors";
import { readRels } from "../base/rels";
import { parseText, type PartSource } from "../base/xmlStream";
import { openZip, type ZipArchive } from "../base/zip";
import { findWorkbookPart } from "./workbookModel";
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

/**
 * The zip as a part source whose parts are decoded as decodeXml does (UTF-16 included), so the
 * package's and the workbook's relationships are read by the one rels reader (base/rels): any
 * prefix, either quote, the workbook wherever the package's officeDocument relationship puts it.
 */
function decodingSource(zip: ZipArchive): PartSource {
  return {
    find: (name) => zip.get(name)?.name,
    parse: (part, h) => {
      const entry = zip.get(part);
      if (entry) parseText(part, decodeXml(zip.read(entry)), h);
    },
  };
}

/** Parts the workbook's customXml relationships name; none when the relationships cannot be read. */
function relTargets(zip: ZipArchive): string[] {
  const src = decodingSource(zip);
  try {
    const workbook = findWorkbookPart(src).part;
    if (workbook === undefined) return [];
    return readRels(src, workbook, { incomplete: "keep" })
      .filter((r) => !r.external && r.target !== "" && r.type.endsWith(CUSTOM_XML_REL))
      .map((r) => r.target);
  } catch (e) {
    // A rels part that is not XML names nothing; the customXml/itemN.xml parts are still looked at.
    if (e instanceof PackageError) return [];
    throw e;
  }
}

/**
 * The custom XML parts of a package by name, as text: the ones the workbook's relationships name
 * and any other customXml/itemN.xml. Throws ZipError for a broken zip or a part over the limit.
 */
export function customXmlParts(bytes: Uint8Array): Map<string, string> {
  const zip = openZip(bytes, { maxPartBytes: MAX_PART_BYTES, maxTotalBytes: 4 * MAX_PART_BYTES });
  const names = [...relTargets(zip), ...zip.entries.map((e) => e.name).filter((n) => ITEM.test(n))];
  const parts = new Map<string, string>();
  for (const n of names) {
    const entry = zip.get(n);
    if (entry && !parts.has(entry.name)) parts.set(entry.name, decodeXml(zip.read(entry)));
  }
  return parts;
}

/** The baseline stored in a workbook package, if any (see pickStoredBaseline). */
export function readStoredBaseline(bytes: Uint8Array): StoredBaseline {
  return pickStoredBaseline(customXmlParts(bytes));
}
