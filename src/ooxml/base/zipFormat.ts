// The zip format as the reader needs it: signatures, the central directory (zip64 included),
// CRC-32, and the typed errors every failure becomes. No inflating here; see zip.ts.
import type { PackageLimitName } from "../../core";
// fflate decodes UTF-8 names: jsdom (file mode's tests) has no TextDecoder.
import { strFromU8 } from "fflate";
export interface ZipLimits {
  /** Uncompressed bytes over all parts inflated from one archive. */
  maxTotalBytes: number;
  /** Uncompressed bytes of one part. */
  maxPartBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
}

/** Largest real part seen in our corpus of ~1,500 workbooks: 57 MB of sheet XML. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
};

export type ZipErrorKind =
  /** Neither a zip nor a compound file: a CSV, a text file, an image. */
  | "NOT_ZIP"
  /** An OLE compound file holding "EncryptionInfo": a password-protected Office file. */
  | "ENCRYPTED"
  /** An OLE compound file without it: an old binary .xls (or .doc). */
  | "CFB"
  /** The archive ends before its directory or a part's data does. */
  | "TRUNCATED"
  /** A size limit was reached (`limit` says which). */
  | "LIMIT"
  /** Inconsistent data: bad signatures, a wrong checksum, a part larger than it declares. */
  | "CORRUPT"
  /** A zip feature we do not read: per-entry encryption, a compression method other than deflate. */
  | "UNSUPPORTED";

export type ZipLimitName = PackageLimitName;

export class ZipError extends Error {
  constructor(
    readonly kind: ZipErrorKind,
    message: string,
    readonly part?: string,
    readonly limit?: { name: ZipLimitName; value: number }
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** The name as stored (backslashes and case kept). */
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  readonly size: number;
  /** Offset of the local header. */
  readonly offset: number;
}

export const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" as a UTF-16LE directory entry name in a compound file. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

function indexOfBytes(haystack: Uint8Array, needle: number[], limit: number): number {
  const end = Math.min(haystack.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** What the bytes are, from their first bytes (and, for a compound file, its directory names). */
export function sniffContainer(bytes: Uint8Array): "zip" | "encrypted" | "cfb" | "other" {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (indexOfBytes(bytes.subarray(0, CFB.length), CFB, CFB.length) === 0) {
    // Directory sectors sit anywhere; small files are scanned whole, big ones in their first 4 MB.
    return indexOfBytes(bytes, ENCRYPTION_INFO, 4 * 1024 * 1024) >= 0 ? "encrypted" : "cfb";
  }
  return "other";
}

let CRC_TABLE: Int32Array | undefined;

/** CRC-32 (the zip polynomial), continuing from `crc` when given. */
export function crc32(data: Uint8Array, crc = 0): number {
  let table = CRC_TABLE;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    CRC_TABLE = table;
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A part name as the package means it: forward slashes, no leading slash, case folded. */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

/** Zip64 sizes live in an extra field when the 32-bit ones read 0xFFFFFFFF. */
function zip64Extra(view: DataView, start: number, end: number, want: number[]): number[] {
  const out = want.slice();
  for (let p = start; p + 4 <= end;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      for (let i = 0; i < out.length; i++) {
        if (out[i] !== 0xffffffff || q + 8 > p + 4 + len) continue;
        out[i] = view.getUint32(q, true) + view.getUint32(q + 4, true) * 2 ** 32;
        q += 8;
      }
      return out;
    }
    p += 4 + len;
  }
  return out;
}

function directoryBounds(bytes: Uint8Array, view: DataView): { count: number; offset: number } {
  const eocd = findEocd(view);
  if (eocd < 0) {
    // Starts like a zip (checked by the caller) but its end record is gone: cut off.
    throw new ZipError("TRUNCATED", "the zip's end record is missing (the file is cut off)");
  }
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const loc = eocd - 20;
  if ((offset === 0xffffffff || count === 0xffff) && loc >= 0) {
    if (view.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const at = Number(view.getBigUint64(loc + 8, true));
      if (at + 56 > bytes.length || view.getUint32(at, true) !== SIG_EOCD64) {
        throw new ZipError("CORRUPT", "the zip64 end record is missing");
      }
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
  }
  if (offset > bytes.length) throw new ZipError("TRUNCATED", "the zip's directory is cut off");
  return { count, offset };
}

export function readDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset } = directoryBounds(bytes, view);
  if (count > limits.maxEntries) {
    throw new ZipError("LIMIT", `${count} entries`, undefined, {
      name: "entries",
      value: limits.maxEntries,
    });
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length) throw new ZipError("TRUNCATED", "the zip's directory is cut off");
    if (view.getUint32(p, true) !== SIG_CENTRAL) {
      throw new ZipError("CORRUPT", `entry ${i + 1} of the zip's directory is unreadable`);
    }
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > bytes.length) throw new ZipError("TRUNCATED", "directory cut off");
    const [size, compressedSize, localOffset] = zip64Extra(view, nameEnd, nameEnd + extraLen, [
      view.getUint32(p + 24, true),
      view.getUint32(p + 20, true),
      view.getUint32(p + 42, true),
    ]);
    entries.push({
      name: strFromU8(bytes.subarray(p + 46, nameEnd)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize,
      size,
      offset: localOffset,
    });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}
