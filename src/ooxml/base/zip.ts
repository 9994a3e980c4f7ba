// Reading a zip package (an .xlsx) from bytes, with its sizes bounded WHILE inflating: a part is
// inflated only when asked for, in small slices, and the count of bytes produced is checked after
// every slice, so a zip bomb is refused after a few megabytes, not after gigabytes. No Node I/O:
// the command and the browser's file mode hand in the same bytes.
import { Inflate, strFromU8 } from "fflate";
import {
  DEFAULT_ZIP_LIMITS,
  partKey,
  readDirectory,
  SIG_LOCAL,
  sniffContainer,
  ZipError,
  type ZipEntry,
  type ZipLimits,
} from "./zipFormat";

export {
  crc32,
  DEFAULT_ZIP_LIMITS,
  partKey,
  sniffContainer,
  ZipError,
  type ZipEntry,
  type ZipErrorKind,
  type ZipLimitName,
  type ZipLimits,
} from "./zipFormat";

/** Input slice per inflate step: deflate expands at most ~1032×, so one step yields ≤ 66 MB. */
const SLICE = 64 * 1024;

/** A zip package opened from bytes: its directory read, nothing inflated yet. */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly limits: ZipLimits
  ) {
    this.entries = readDirectory(bytes, limits);
    for (const e of this.entries)
      if (!this.byKey.has(partKey(e.name))) this.byKey.set(partKey(e.name), e);
  }

  /** Bytes inflated so far (what the total limit counts). */
  get inflatedBytes(): number {
    return this.inflatedTotal;
  }

  /** The entry for a part name, forgiving backslashes, a leading slash and letter case. */
  get(name: string): ZipEntry | undefined {
    return this.byKey.get(partKey(name));
  }

  /** The entry's stored (compressed) bytes, for copying it unchanged into another zip. */
  raw(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.offset;
    if (at + 30 > this.bytes.length) throw new ZipError("TRUNCATED", "part cut off", entry.name);
    if (view.getUint32(at, true) !== SIG_LOCAL) {
      throw new ZipError("CORRUPT", "the part's header is unreadable", entry.name);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError("TRUNCATED", "the part is cut off", entry.name);
    return this.bytes.subarray(start, end);
  }

  /**
   * Inflates one part slice by slice, handing each produced chunk to `onChunk`, and stops with a
   * ZipError as soon as the part outgrows its declared size or a limit. Checksums are not
   * verified: LibreOffice opens files whose CRC is wrong (two in our corpus), and real damage
   * shows in the inflate or the XML.
   */
  stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    if (entry.flags & 1) throw new ZipError("UNSUPPORTED", "the part is encrypted", entry.name);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipError("UNSUPPORTED", `compression method ${entry.method}`, entry.name);
    }
    this.checkRoom(entry, entry.size);
    const data = this.raw(entry);
    let produced = 0;
    const take = (chunk: Uint8Array): void => {
      if (!chunk.length) return;
      produced += chunk.length;
      if (produced > entry.size) {
        throw new ZipError("CORRUPT", "the part inflates past its declared size", entry.name);
      }
      onChunk(chunk);
    };
    try {
      if (entry.method === 0) take(data);
      else inflateSlices(data, take, entry.name);
    } finally {
      this.inflatedTotal += produced;
    }
    if (produced !== entry.size) throw new ZipError("TRUNCATED", "the part ends early", entry.name);
  }

  /** One part inflated whole. */
  read(entry: ZipEntry): Uint8Array {
    this.checkRoom(entry, entry.size);
    const out = new Uint8Array(entry.size);
    let at = 0;
    this.stream(entry, (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    });
    return out;
  }

  /** One part inflated and decoded as UTF-8 text (a BOM is dropped). */
  readText(entry: ZipEntry): string {
    const text = strFromU8(this.read(entry));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private checkRoom(entry: ZipEntry, size: number): void {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    if (size > maxPartBytes) {
      throw new ZipError("LIMIT", `declares ${size} bytes`, entry.name, {
        name: "part",
        value: maxPartBytes,
      });
    }
    if (this.inflatedTotal + size > maxTotalBytes) {
      throw new ZipError("LIMIT", `would reach ${this.inflatedTotal + size} bytes`, entry.name, {
        name: "total",
        value: maxTotalBytes,
      });
    }
  }
}

function inflateSlices(data: Uint8Array, take: (chunk: Uint8Array) => void, part: string): void {
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    take(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !done; at += SLICE) {
      const end = Math.min(data.length, at + SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    // Only fflate's own errors (numbered codes) are about the data; a consumer's error passes on.
    if (typeof (e as { code?: unknown }).code !== "number") throw e;
    const msg = e instanceof Error ? e.message : String(e);
    // fflate says "unexpected EOF" when the deflate stream stops before its last block.
    throw new ZipError(/EOF/i.test(msg) ? "TRUNCATED" : "CORRUPT", msg, part);
  }
}

/** Opens a zip from bytes, telling apart what is not a zip at all. Throws ZipError. */
export function openZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
  const kind = sniffContainer(bytes);
  if (kind === "encrypted") throw new ZipError("ENCRYPTED", "password-protected Office file");
  if (kind === "cfb") throw new ZipError("CFB", "an OLE compound file (an old .xls)");
  if (kind === "other") throw new ZipError("NOT_ZIP", "not a zip archive");
  return new ZipArchive(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits });
}
