// A1 addresses as Excel writes them, so findings point at cells users can click.
import type { CellPos } from "../types";

/** 0-based column index → letters: 0 → "A", 27 → "AB". */
export function columnLetter(col0: number): string {
  let n = Math.floor(col0) + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → 0-based column index: "A" → 0, "AB" → 27. -1 when not letters. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]+$/.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name unless it is plain letters/digits/underscore not starting with a digit. */
export function quoteSheet(sheet: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A cell-address maker for one sheet: quotes the name once and caches each column's
 * "'Sheet'!G" head, since a big sheet needs one address per activity.
 */
export function addressMaker(sheet: string): (row0: number, col0: number) => string {
  const prefix = `${quoteSheet(sheet)}!`;
  const heads: string[] = [];
  return (row0, col0) => {
    const head = heads[col0] ?? (heads[col0] = prefix + columnLetter(col0));
    return head + (row0 + 1);
  };
}

/** Sheet-qualified address: cellAddress("Tryghedsplan 2026", 6, 6) → 'Tryghedsplan 2026'!G7. */
export function cellAddress(sheet: string, row0: number, col0: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${quoteSheet(sheet)}!${d}${columnLetter(col0)}${d}${row0 + 1}`;
}

export interface ParsedAddress {
  sheet?: string;
  /** 0-based. */
  row: number;
  /** 0-based. */
  col: number;
}

/** Parses "G7", "$G$7", "Ark1!G7", "'Tryghedsplan 2026'!G7"; undefined when not an address. */
export function parseAddress(addr: string): ParsedAddress | undefined {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(addr.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const row = Number(m[4]) - 1;
  if (row < 0) return undefined;
  return { ...(sheet !== undefined ? { sheet } : {}), row, col: columnIndex(m[3]) };
}

/** A finding's position as users read it: a1({sheet: "Plan", row: 6, col: 6}) → Plan!G7. */
export function a1(p: CellPos): string {
  return cellAddress(p.sheet, p.row, p.col);
}
