// The baseline as a custom XML part in our own namespace. Every value sits in an attribute, so the
// part reads the same whoever re-indents it; amounts are integer øre, dates ISO. Read back through
// baselineSchema: a part that does not validate is reported as damaged, never half-used.
import { a1, parseAddress } from "../sheet/address";
import type { Finding, Ore } from "../types";
import { baselineSchema, type Baseline } from "./baseline";
import { escapeXml, parseXml, XmlError, type XmlElement } from "./xml";

/** Our namespace: how the command, file mode and the add-in find our part among others. */
export const BASELINE_NS = "urn:tingbjerg-husum:budgettjek:grundlag:1";

const attr = (name: string, v: string | number | undefined | null): string =>
  v === undefined || v === null ? "" : ` ${name}="${escapeXml(String(v))}"`;

function yearAmounts(tag: string, amounts: Record<number, Ore>): string {
  return Object.keys(amounts)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y) => `<${tag} y="${y}" ore="${amounts[y]}"/>`)
    .join("");
}

/**
 * A finding's own fields as <value> elements: numbers and texts as they are, anything else
 * (years, a cell position, a text-or-error) as JSON text. The position goes in `cell` as A1.
 */
function findingXml(f: Finding): string {
  const { code, severity, at, activity, year, ...fields } = f;
  const values = Object.entries(fields)
    .map(([k, v]) => {
      const kind = typeof v === "number" ? "number" : typeof v === "string" ? "text" : "json";
      return `<value${attr("key", k)}${attr(kind, kind === "json" ? JSON.stringify(v) : v)}/>`;
    })
    .join("");
  const cell = at ? a1(at) : undefined;
  const head = `<finding${attr("code", code)}${attr("severity", severity)}${attr("cell", cell)}${attr("activity", activity)}${attr("year", year)}`;
  return values ? `${head}>${values}</finding>` : `${head}/>`;
}

export function baselineToXml(b: Baseline): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<grundlag xmlns="${BASELINE_NS}" version="1"${attr("approvedAt", b.approvedAt)}${attr("planYear", b.planYear)}${attr("sheet", b.sheet)}>\n`,
  ];
  for (const y of b.years)
    out.push(`<year y="${y.year}" total="${y.total}" frame="${y.frame}"/>\n`);
  for (const a of b.activities) {
    out.push(
      `<activity${attr("nr", a.nr)}${attr("name", a.name)}${attr("area", a.area)}${attr("anchoring", a.anchoring)}>${yearAmounts("amount", a.amounts)}</activity>\n`
    );
  }
  for (const f of b.findings) out.push(findingXml(f) + "\n");
  for (const h of b.history) {
    out.push(`<approval${attr("date", h.date)}>${yearAmounts("total", h.totals)}</approval>\n`);
  }
  out.push("</grundlag>\n");
  return out.join("");
}

export type BaselineParse =
  | { ok: true; baseline: Baseline }
  /** NOT_OURS: well-formed XML in another namespace (someone else's part). */
  | { ok: false; reason: "NOT_OURS" | "DAMAGED"; detail: string };

const num = (s: string | undefined): number | undefined =>
  s === undefined || !/^-?\d+$/.test(s) ? (s === undefined ? undefined : NaN) : Number(s);

/** A finding's number values may be shares (0.75) as JavaScript writes them. */
const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

function amountsOf(el: XmlElement, tag: string): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const c of el.children) if (c.name === tag) out[c.attrs.y ?? "?"] = num(c.attrs.ore);
  return out;
}

function valueOf(v: XmlElement): unknown {
  const { text, number, json } = v.attrs;
  if (text !== undefined) return text;
  if (number !== undefined) return NUMBER.test(number) ? Number(number) : NaN;
  try {
    return json === undefined ? undefined : JSON.parse(json);
  } catch {
    return NaN;
  }
}

function findingOf(el: XmlElement): unknown {
  const fields: Record<string, unknown> = {};
  for (const v of el.children) if (v.name === "value") fields[v.attrs.key ?? ""] = valueOf(v);
  const { code, severity, cell, activity, year } = el.attrs;
  const p = cell === undefined ? undefined : parseAddress(cell);
  const at = p
    ? { sheet: p.sheet ?? "", row: p.row, col: p.col }
    : cell === undefined
      ? undefined
      : NaN;
  return { ...fields, code, severity, at, activity, year: num(year) };
}

/** Plain data from the element tree, for zod to judge (numbers that are not numbers become NaN). */
function rawBaseline(root: XmlElement): unknown {
  const kids = (name: string): XmlElement[] => root.children.filter((c) => c.name === name);
  return {
    approvedAt: root.attrs.approvedAt ?? null,
    planYear: num(root.attrs.planYear),
    sheet: root.attrs.sheet,
    years: kids("year").map((y) => ({
      year: num(y.attrs.y),
      total: num(y.attrs.total),
      frame: num(y.attrs.frame),
    })),
    activities: kids("activity").map((a) => ({
      nr: a.attrs.nr,
      name: a.attrs.name,
      area: a.attrs.area,
      anchoring: a.attrs.anchoring,
      amounts: amountsOf(a, "amount"),
    })),
    findings: kids("finding").map(findingOf),
    history: kids("approval").map((h) => ({ date: h.attrs.date, totals: amountsOf(h, "total") })),
  };
}

export function baselineFromXml(xml: string): BaselineParse {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return { ok: false, reason: "DAMAGED", detail: e instanceof XmlError ? e.message : String(e) };
  }
  if (root.ns !== BASELINE_NS || root.name !== "grundlag") {
    return { ok: false, reason: "NOT_OURS", detail: `${root.ns} ${root.name}` };
  }
  const parsed = baselineSchema.safeParse(rawBaseline(root));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, reason: "DAMAGED", detail: `${i.path.join(".")}: ${i.message}` };
  }
  return { ok: true, baseline: parsed.data };
}

/** True when a part's text is (probably) ours, without parsing it: to pick our part among many. */
export function looksLikeBaseline(xml: string): boolean {
  return xml.includes(BASELINE_NS);
}
