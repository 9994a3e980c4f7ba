// Writing a zip package: parts we made are deflated, parts carried over keep their compressed
// bytes exactly as the input stored them (no inflate, no deflate: a copy of a workbook with big
// sheets costs what our own parts cost). Plain zip (no zip64): the reader's limits keep every
// package far below 4 GB and 65,535 entries.
import { deflateSync } from "fflate";
import { crc32 } from "./zipFormat";
import { strToU8 } from "fflate";

export type ZipItem =
  | { name: string; data: Uint8Array }
  | {
      name: string;
      /** Compressed bytes as stored, with the facts of the entry they came from. */
      raw: Uint8Array;
      method: number;
      crc32: number;
      size: number;
    };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8 = 0x0800;

/** MS-DOS time and date of a moment (local time, as zip tools write it). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Stored {
  name: Uint8Array;
  body: Uint8Array;
  method: number;
  crc: number;
  size: number;
  offset: number;
}

function header(sig: number, s: Stored, when: { time: number; date: number }): Uint8Array {
  const central = sig === SIG_CENTRAL;
  const out = new Uint8Array((central ? 46 : 30) + s.name.length);
  const v = new DataView(out.buffer);
  let p = 0;
  v.setUint32(p, sig, true);
  p += 4;
  if (central) {
    v.setUint16(p, 20, true);
    p += 2;
  }
  v.setUint16(p, 20, true);
  v.setUint16(p + 2, UTF8, true);
  v.setUint16(p + 4, s.method, true);
  v.setUint16(p + 6, when.time, true);
  v.setUint16(p + 8, when.date, true);
  v.setUint32(p + 10, s.crc, true);
  v.setUint32(p + 14, s.body.length, true);
  v.setUint32(p + 18, s.size, true);
  v.setUint16(p + 22, s.name.length, true);
  // Extra length 0; in the central record also comment, disk, attributes 0, then the offset.
  if (central) v.setUint32(p + 36, s.offset, true);
  out.set(s.name, central ? 46 : 30);
  return out;
}

/** The zip file holding the items, in their order. */
export function writeZip(items: ZipItem[], now = new Date()): Uint8Array {
  const when = dosTime(now);
  const stored: Stored[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const s: Stored =
      "raw" in item
        ? {
            name: strToU8(item.name),
            body: item.raw,
            method: item.method,
            crc: item.crc32,
            size: item.size,
            offset,
          }
        : {
            name: strToU8(item.name),
            // Level 1: a little larger than 6, and much faster on a big sheet.
            body: deflateSync(item.data, { level: 1 }),
            method: 8,
            crc: crc32(item.data),
            size: item.data.length,
            offset,
          };
    const local = header(SIG_LOCAL, s, when);
    chunks.push(local, s.body);
    offset += local.length + s.body.length;
    stored.push(s);
  }
  const dirStart = offset;
  for (const s of stored) {
    const central = header(SIG_CENTRAL, s, when);
    chunks.push(central);
    offset += central.length;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, stored.length, true);
  v.setUint16(10, stored.length, true);
  v.setUint32(12, offset - dirStart, true);
  v.setUint32(16, dirStart, true);
  chunks.push(end);
  const out = new Uint8Array(offset + 22);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
