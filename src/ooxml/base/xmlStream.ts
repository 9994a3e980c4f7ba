// Streaming XML over one package part, elements by local name whatever their prefix, so
// `<x:workbook>` (the .NET OpenXML SDK, ClosedXML) reads like `<workbook>`. saxes runs without
// resolving namespace URIs (a quarter faster on a big sheet); every element we read belongs to
// SpreadsheetML or the package's relationships, and each is only acted on inside its parent (a <v>
// inside a <c>), so a same-named element of an extension namespace elsewhere changes nothing.
// The part is inflated chunk by chunk and fed to saxes as it comes; nothing holds the whole part.
import { DecodeUTF8 } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { PackageError } from "./errors";
import type { ZipArchive, ZipEntry } from "./zip";

export interface XmlHandlers {
  open?(local: string, tag: SaxesTagPlain): void;
  close?(local: string): void;
  text?(text: string): void;
}

/** An attribute by its name as written ("r", "t"), unprefixed ones in particular. */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

/** A prefixed attribute by its local name, whatever the prefix (r:id, or another prefix's id). */
export function attrNs(tag: SaxesTagPlain, local: string): string | undefined {
  const suffix = `:${local}`;
  for (const k in tag.attributes) if (k.endsWith(suffix)) return tag.attributes[k];
  return undefined;
}

/** "x:workbook" → "workbook". */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A parser for one part calling the handlers: feed it text, then end it. */
function partParser(part: string, h: XmlHandlers): { write(text: string): void; end(): void } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let rootClosed = false;
  // Thrown from inside saxes, so the parse stops at the first fault (a bomb's thousands of
  // undefined entities are not each reported).
  parser.on("error", (e) => {
    // Stray text before or after the root element: LibreOffice reads such a part and so do we.
    if (/outside of root node/.test(e.message)) return;
    throw new PackageError("BAD_XML", part, e.message);
  });
  parser.on("doctype", () => {
    // Entity definitions are how XML bombs and external-entity attacks start; no part needs them.
    throw new PackageError("UNSAFE_XML", part, "a DOCTYPE");
  });
  parser.on("opentagstart", () => depth++);
  if (h.open) {
    const onOpen = h.open;
    parser.on("opentag", (tag) => onOpen(localName(tag.name), tag));
  }
  if (h.close) {
    const onClose = h.close;
    parser.on("closetag", (tag) => {
      if (--depth === 0) rootClosed = true;
      onClose(localName(tag.name));
    });
  } else {
    parser.on("closetag", () => {
      if (--depth === 0) rootClosed = true;
    });
  }
  if (h.text) {
    const onText = h.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  return {
    write: (text) => {
      if (!rootClosed) parser.write(text);
    },
    end: () => {
      if (!rootClosed) parser.close();
    },
  };
}

/** Parses one part, calling the handlers; a part that is not well-formed becomes BAD_XML. */
export function parsePart(zip: ZipArchive, entry: ZipEntry, h: XmlHandlers): void {
  const p = partParser(entry.name, h);
  const decoder = new DecodeUTF8((text) => p.write(text));
  let first = true;
  zip.stream(entry, (chunk) => {
    // A byte-order mark is not part of the document.
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      chunk = chunk.subarray(3);
    first = false;
    decoder.push(chunk);
  });
  decoder.push(new Uint8Array(0), true);
  p.end();
}

/**
 * Where the workbook model is read from: the zip as stored (the reader), or a package being
 * written, with the parts it has changed so far (the writer). One model, whichever it is.
 */
export interface PartSource {
  /** The part's name as stored, for a name as a relationship gives it (letter case and
   * backslashes forgiven), or undefined when the package has no such part. */
  find(name: string): string | undefined;
  /** Parses the part (found by `find`) with the handlers; BAD_XML when it is not well-formed. */
  parse(part: string, h: XmlHandlers): void;
}

/** The zip as a part source: parts streamed as they inflate. */
export function zipSource(zip: ZipArchive): PartSource {
  return {
    find: (name) => zip.get(name)?.name,
    parse: (part, h) => {
      const entry = zip.get(part);
      if (!entry) throw new PackageError("CORRUPT", part, "the part is missing");
      parsePart(zip, entry, h);
    },
  };
}

/** Parses a part held as text (a BOM already removed), with the same handlers and errors. */
export function parseText(part: string, text: string, h: XmlHandlers): void {
  const p = partParser(part, h);
  p.write(text);
  p.end();
}

/** `_x000D_` escapes in shared and inline strings (ST_Xstring) as the characters they stand for. */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
