// Reading a finding's values safely: a message must never throw on a finding built elsewhere.
import type { Finding } from "../types";

export function num(f: Finding, key: string): number {
  const v = f.values[key];
  return typeof v === "number" ? v : Number(v ?? 0) || 0;
}

export function str(f: Finding, key: string): string {
  const v = f.values[key];
  return v === undefined ? "" : String(v);
}

export function has(f: Finding, key: string): boolean {
  return f.values[key] !== undefined && f.values[key] !== "";
}

/** One message per finding code: leaving one out is a compile error. */
export type MessageTable = { [C in Finding["code"]]: (f: Finding) => string };
