// Hand-made zips for the reader's tests: any name, any declared size, any compressed bytes, so a
// test can build what a careful writer never would (zip bombs, lying sizes, cut-off files).
import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "../../src/ooxml/base/zip";

export interface FixtureEntry {
  name: string;
  /** Uncompressed content; deflated unless `compressed` is given. */
  data?: Uint8Array | string;
  /** Raw deflate bytes to store as they are (with `size` and `crc`). */
  compressed?: Uint8Array;
  size?: number;
  crc?: number;
  method?: number;
  flags?: number;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip archive of the given entries (no data descriptors, no zip64). */
export function buildZip(entries: FixtureEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const plain = typeof e.data === "string" ? strToU8(e.data) : e.data;
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 0 ? plain! : deflateSync(plain ?? new Uint8Array()));
    const size = e.size ?? plain?.length ?? 0;
    const crc = e.crc ?? (plain ? crc32(plain) : 0);
    const name = strToU8(e.name);
    const common = [
      ...u16(20), ...u16(e.flags ?? 0), ...u16(method), ...u16(0), ...u16(0x21),
      ...u32(crc), ...u32(body.length), ...u32(size), ...u16(name.length), ...u16(0),
    ]; // prettier-ignore
    const local = concat([new Uint8Array([...u32(0x04034b50), ...common]), name, body]);
    const head = [...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0)];
    central.push(concat([new Uint8Array([...head, ...u32(0), ...u32(offset)]), name]));
    locals.push(local);
    offset += local.length;
  }
  const dir = concat(central);
  const n = entries.length;
  const end = [
    ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(n), ...u16(n),
    ...u32(dir.length), ...u32(offset), ...u16(0),
  ]; // prettier-ignore
  return concat([...locals, dir, new Uint8Array(end)]);
}

/**
 * A raw deflate stream of one fixed-Huffman block: a zero byte, then `repeats` copies of
 * "length 258, distance 1", so each 13 bits inflate to 258 zero bytes (about 160×).
 */
export function zeroBomb(repeats: number): { compressed: Uint8Array; size: number } {
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 1);
  let bit = 0;
  const lsb = (value: number, n: number): void => {
    for (let i = 0; i < n; i++, bit++) if ((value >>> i) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, n: number): void => {
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >>> i) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  lsb(1, 1); // last block
  lsb(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < repeats; i++) {
    code(0xc5, 8); // length symbol 285 = 258
    code(0, 5); // distance code 0 = 1
  }
  code(0, 7); // end of block
  return { compressed: out.subarray(0, Math.ceil(bit / 8)), size: 1 + repeats * 258 };
}
