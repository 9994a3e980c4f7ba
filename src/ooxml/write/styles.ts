// xl/styles.xml, append-only: every existing style index keeps its meaning. A style we need is
// reused when an identical one exists (so a second run on our own output appends nothing), else
// appended at the end of its list with the list's count updated. A list written `<numFmts/>` is
// opened; a missing one is added in schema order; new items take the prefix bound where they land.
import { completeStylesheet, minimalStylesheet } from "./stylesheet";
import {
  appendInside,
  applySplices,
  escapeXml,
  findElements,
  fitMarkup,
  rootOf,
  setAttr,
  type Splice,
  type XmlElement,
} from "./xml";

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  /** Larger bold font (the sheet's title). */
  title?: boolean;
  wrap?: boolean;
  left?: boolean;
}

const FIRST_CUSTOM_FMT = 164;

interface List {
  /** Existing items as written, then those we append. */
  items: string[];
  existing: number;
}

/** A list of the stylesheet itself (a child of the root, not one inside dxfs or extLst). */
function listElement(xml: string, container: string): XmlElement | undefined {
  return findElements(xml, container).find((el) => el.depth === 1);
}

function listOf(xml: string, container: string, item: string): List {
  const c = listElement(xml, container);
  const items = c
    ? findElements(xml, item, c.innerStart, c.innerEnd)
        .filter((el, i, all) => i === 0 || el.start >= all[i - 1].end)
        .map((el) => xml.slice(el.start, el.end))
    : [];
  return { items, existing: items.length };
}

/**
 * An attribute of an <xf> item's start tag, however it is quoted ('…' or "…", spaces around =).
 * Only the start tag is looked at; numFmtId and applyNumberFormat are unprefixed attributes.
 */
const XF_ATTR = (name: string): RegExp =>
  new RegExp(
    `^(<[^\\s/>]+(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*?)\\s+${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`
  );

function xfAttr(xf: string, name: string): string | undefined {
  const m = XF_ATTR(name).exec(xf);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** The item with the attribute set: replaced where the start tag has it, else added after the name. */
function withXfAttr(xf: string, name: string, value: string): string {
  const re = XF_ATTR(name);
  if (re.test(xf)) return xf.replace(re, (_, before: string) => `${before} ${name}="${value}"`);
  return xf.replace(/^<([^\s/>]+)/, `<$1 ${name}="${value}"`);
}

export class StyleBook {
  private readonly xml: string;
  private readonly fmts: Map<string, number>;
  private readonly newFmts: string[] = [];
  private nextFmt: number;
  private readonly fmtCount: number;
  private readonly fonts: List;
  private readonly xfs: List;

  /** The part as read (what render returns when nothing was added or completed). */
  private readonly original: string;

  /** `xml` undefined: the workbook has no styles part yet (a minimal one is started). */
  constructor(input: string | undefined) {
    this.original = input ?? "";
    const xml = completeStylesheet(input ?? minimalStylesheet());
    this.xml = xml;
    this.fmts = new Map();
    let max = FIRST_CUSTOM_FMT - 1;
    const c = listElement(xml, "numFmts");
    for (const el of c ? findElements(xml, "numFmt", c.innerStart, c.innerEnd) : []) {
      const id = Number(el.attrs.get("numFmtId"));
      const code = el.attrs.get("formatCode");
      if (code !== undefined && !this.fmts.has(code)) this.fmts.set(code, id);
      max = Math.max(max, id);
    }
    this.nextFmt = max + 1;
    this.fmtCount = c ? findElements(xml, "numFmt", c.innerStart, c.innerEnd).length : 0;
    this.fonts = listOf(xml, "fonts", "font");
    this.xfs = listOf(xml, "cellXfs", "xf");
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined || code === "General") return 0;
    const known = this.fmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmt++;
    this.fmts.set(code, id);
    this.newFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private static intern(list: List, item: string): number {
    const at = list.items.indexOf(item);
    if (at >= 0) return at;
    list.items.push(item);
    return list.items.length - 1;
  }

  private fontId(bold: boolean, title: boolean): number {
    if (!bold && !title) return 0;
    const base = this.fonts.items[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    let font = base.replace(/<b\s*\/>/, "");
    font = font.replace(
      /^<([\w:]*font)(\s[^>]*)?>/,
      (open, q: string) => `${open}<${q.replace(/font$/, "b")}/>`
    );
    if (title) font = font.replace(/(<(?:[\w]+:)?sz\s+val=")[^"]*"/, '$114"');
    return StyleBook.intern(this.fonts, font);
  }

  private readonly memo = new Map<string, number>();

  /** The cellXfs index for a style (memoised: a sheet asks for the same few styles many times). */
  index(style: CellStyle): number {
    const key = `${style.numFmt ?? ""}\u0000${style.bold ? 1 : 0}${style.title ? 1 : 0}${style.wrap ? 1 : 0}${style.left ? 1 : 0}`;
    let index = this.memo.get(key);
    if (index === undefined) {
      index = this.build(style);
      this.memo.set(key, index);
    }
    return index;
  }

  private build(style: CellStyle): number {
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = this.fontId(style.bold === true || style.title === true, style.title === true);
    const align =
      style.wrap || style.left
        ? `<alignment${style.left ? ' horizontal="left"' : ""}${style.wrap ? ' vertical="top" wrapText="1"' : ""}/>`
        : "";
    const apply =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}`;
    if (!numFmtId && !fontId && !align) return 0;
    return StyleBook.intern(this.xfs, align ? `${head}>${align}</xf>` : `${head}/>`);
  }

  /** The cellXfs index for an existing cell style with another number format. */
  withNumFmt(xfIndex: number, code: string): number {
    return this.withNumFmtId(xfIndex, this.numFmtId(code));
  }

  /** The number format id of an existing cell style (0, General, when it has none). */
  numFmtIdOf(xfIndex: number): number {
    const v = xfAttr(this.xfs.items[xfIndex] ?? "", "numFmtId");
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
  }

  /** The cellXfs index for an existing cell style with a number format the workbook has (by id). */
  withNumFmtId(xfIndex: number, id: number): number {
    const base =
      this.xfs.items[xfIndex] ??
      this.xfs.items[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const xf = withXfAttr(withXfAttr(base, "numFmtId", String(id)), "applyNumberFormat", "1");
    return StyleBook.intern(this.xfs, xf);
  }

  get changed(): boolean {
    return (
      this.xml !== this.original ||
      this.newFmts.length > 0 ||
      this.fonts.items.length > this.fonts.existing ||
      this.xfs.items.length > this.xfs.existing
    );
  }

  /** styles.xml with what we appended (the input unchanged when nothing was). */
  render(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const root = rootOf(xml);
    const ns = root.uri;
    const splices: Splice[] = [];
    const append = (container: string, list: string[], total: number): void => {
      const c = listElement(xml, container);
      if (!c || list.length === 0) return;
      splices.push(setAttr(xml, c, "count", String(total)));
      splices.push(...appendInside(c, list.map((item) => fitMarkup(item, c.scope, ns)).join("")));
    };
    if (this.newFmts.length && !listElement(xml, "numFmts")) {
      // CT_Stylesheet: numFmts comes first (completeStylesheet made sure fonts exists).
      const fonts = listElement(xml, "fonts") as XmlElement;
      const list = `<numFmts count="${this.newFmts.length}">${this.newFmts.join("")}</numFmts>`;
      splices.push({ at: fonts.start, remove: 0, text: fitMarkup(list, root.scope, ns) });
    } else {
      append("numFmts", this.newFmts, this.fmtCount + this.newFmts.length);
    }
    append("fonts", this.fonts.items.slice(this.fonts.existing), this.fonts.items.length);
    append("cellXfs", this.xfs.items.slice(this.xfs.existing), this.xfs.items.length);
    return applySplices(xml, splices);
  }
}
