// The words of the parts that load later (words/*.ts): each table in both languages, every entry
// worded (no empty label, no "undefined" in a sentence), none reusing a key of the pane's table,
// and joined to the pane's words so a part's `t` still holds the pane's and the labels.
import { strings } from "../strings";
import { changesStrings } from "./changes";
import { dialogStrings } from "./dialog";
import { formStrings } from "./form";
import { laterStrings } from "./later";

const parts = {
  form: formStrings,
  dialog: dialogStrings,
  changes: changesStrings,
  later: laterStrings,
};

/** Arguments that are not text: the entries that take a typed fact get one. */
const FACTS: Record<string, unknown[]> = {
  fileUnreadable: ["plan.xlsx", { code: "NOT_ZIP" }],
  packageProblem: [{ code: "BAD_XML", part: "xl/styles.xml" }, "plan.xlsx"],
  cellEditProblem: [{ code: "SHARED_FORMULA", sheet: "Budget", cell: "G7" }, "plan.xlsx"],
  tooManyCells: ["Data", 2_000_000, 1_000_000],
  fixAllWritten: [3],
  fixAllWrittenMayNotUndo: [3],
  fixAllInCopy: [3, 4],
  fixInCopy: ["G7", 2],
};

/** What an entry says: a string as is, a function with placeholder arguments (or its facts). */
function said(key: string, entry: unknown): string {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object") {
    // A table of its own (the errors an action meets, by code): every one worded.
    const all = Object.values(entry).map((e) => said(key, e));
    return all.some((text) => text.trim() === "") ? "" : all.join(" | ");
  }
  if (typeof entry === "function") {
    const args = FACTS[key] ?? Array.from({ length: entry.length }, (_, i) => `‹${i + 1}›`);
    return String((entry as (...a: unknown[]) => unknown)(...args));
  }
  throw new Error(`not a word: ${typeof entry}`);
}

describe.each(Object.entries(parts))("the %s part's words", (_, table) => {
  const own = (lang: "da" | "en") => Object.keys(table[lang]).filter((k) => !(k in strings[lang]));

  it("has the same keys in Danish and English, and some of its own", () => {
    expect(own("da").length).toBeGreaterThan(0);
    expect(own("en")).toEqual(own("da"));
  });

  it.each(["da", "en"] as const)("words every entry in %s", (lang) => {
    const entries = table[lang] as unknown as Record<string, unknown>;
    const unworded = own(lang).filter((key) => {
      const text = said(key, entries[key]);
      return text.trim() === "" || /\b(undefined|null|NaN)\b/.test(text);
    });
    expect(unworded).toEqual([]);
  });

  it.each(["da", "en"] as const)("keeps the pane's words and labels in %s", (lang) => {
    expect(table[lang]).toMatchObject(strings[lang]);
  });
});
