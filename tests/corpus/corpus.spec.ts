// Every file of the real-world corpus (../shared/corpus/realworld/files, never copied here) read
// as file mode reads it: no crash, no file over 10 s, each non-workbook refused with its own code,
// and "damaged" only for files LibreOffice cannot open either (libreofficeRefuses.json, made by
// scripts/corpus-libreoffice.js). Skipped, with a message, when the corpus is absent.
import { writeFileSync } from "node:fs";
import { CORPUS_DIR, corpusFiles, readCorpusFile, type CorpusOutcome } from "./corpusRun";
import libreOfficeRefuses from "./libreofficeRefuses.json";
import { describeWith } from "../tools";

const files = corpusFiles();
/** Files LibreOffice opens that are damaged all the same; each says how. */
const DAMAGED_ALTHOUGH_LIBREOFFICE_OPENS: Record<string, string> = {
  // Its workbook relationships part is garbled bytes (calamine keeps it to test exactly that);
  // LibreOffice falls back to default part names and shows a sheet.
  "calamine/tests__issue252.xlsx": "xl/_rels/workbook.xml.rels is not XML",
};
const DAMAGED = new Set(["CORRUPT", "TRUNCATED", "BAD_XML"]);
/** What each kind of non-workbook must be called (an encrypted file is told apart too). */
const EXPECTED: Record<string, string[]> = {
  xls: ["XLS", "ENCRYPTED", "NOT_ZIP"],
  xlsb: ["XLSB", "ENCRYPTED"],
  ods: ["ODS", "ENCRYPTED"],
  // An empty CSV is called empty.
  csv: ["NOT_ZIP", "EMPTY"],
  docx: ["OTHER_OFFICE"],
};

const corpus = { what: `the corpus in ${CORPUS_DIR}`, present: files.length > 0 };
describeWith([corpus], "the real-world corpus", () => {
  let outcomes: CorpusOutcome[] = [];

  beforeAll(() => {
    outcomes = files.map(readCorpusFile);
    if (process.env.CORPUS_OUT) writeFileSync(process.env.CORPUS_OUT, JSON.stringify(outcomes));
  }, 170_000);

  it("reads every file without a crash", () => {
    expect(outcomes.filter((o) => o.result === "CRASH")).toEqual([]);
  });

  it("reads no file in over 10 s of CPU time", () => {
    // CPU time, not wall time: CI and our machines run other jobs on the same two cores.
    const slow = outcomes.filter((o) => o.cpuMs > 10_000);
    expect(slow.map((o) => `${o.file}: ${o.cpuMs} ms CPU, ${o.ms} ms wall`)).toEqual([]);
  });

  it("calls no file damaged that LibreOffice opens", () => {
    const refused = new Set<string>([
      ...libreOfficeRefuses.files,
      ...Object.keys(DAMAGED_ALTHOUGH_LIBREOFFICE_OPENS),
    ]);
    const wrong = outcomes.filter((o) => DAMAGED.has(o.result) && !refused.has(o.file));
    expect(wrong.map((o) => `${o.file}: ${o.detail}`)).toEqual([]);
  });

  it("refuses .xls, .xlsb, .ods, .csv and .docx files with their own codes", () => {
    const wrong = outcomes.filter((o) => EXPECTED[o.ext] && !EXPECTED[o.ext].includes(o.result));
    expect(wrong.map((o) => `${o.file}: ${o.result}`)).toEqual([]);
  });
});
