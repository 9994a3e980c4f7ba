// Namespace-aware, streaming XML over one package part: elements by local name, so `<x:workbook>`
// (the .NET OpenXML SDK, ClosedXML) reads like `<workbook>`. The part is inflated chunk by chunk
// and fed to saxes as it comes; nothing holds the whole part unless the caller keeps it.
import { DecodeUTF8 } from "fflate";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { PackageError } from "./errors";
import type { ZipArchive, ZipEntry } from "./zip";

export interface XmlHandlers {
  open?(local: string, tag: SaxesTagNS): void;
  close?(local: string): void;
  text?(text: string): void;
}

export type { SaxesTagNS as XmlTag } from "saxes";

/** An attribute by its name as written ("r", "t"), unprefixed ones in particular. */
export function attr(tag: SaxesTagNS, name: string): string | undefined {
  return tag.attributes[name]?.value;
}

/** An attribute by local name in any namespace (r:id, or an id in the strict namespace). */
export function attrNs(tag: SaxesTagNS, local: string): string | undefined {
  for (const k in tag.attributes) {
    const a = tag.attributes[k];
    if (a.local === local && a.prefix !== "") return a.value;
  }
  return undefined;
}

/** Parses one part, calling the handlers; a part that is not well-formed becomes BAD_XML. */
export function parsePart(zip: ZipArchive, entry: ZipEntry, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  if (h.open) {
    const onOpen = h.open;
    parser.on("opentag", (tag) => onOpen(tag.local, tag));
  }
  if (h.close) parser.on("closetag", (tag) => h.close!(tag.local));
  if (h.text) {
    const onText = h.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  const decoder = new DecodeUTF8((text) => {
    if (!failure) parser.write(text);
  });
  let first = true;
  zip.stream(entry, (chunk) => {
    // A byte-order mark is not part of the document.
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      chunk = chunk.subarray(3);
    first = false;
    decoder.push(chunk);
  });
  decoder.push(new Uint8Array(0), true);
  if (!failure) parser.close();
  if (failure) throw new PackageError("BAD_XML", entry.name, failure.message);
}

/** `_x000D_` escapes in shared and inline strings (ST_Xstring) as the characters they stand for. */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
