// A long list whose Ramme column disagrees for one activity (make_lists.py writes it with openpyxl):
// Haven says «Ja» in 2026 and 2028 but «Nej» in 2027. It is counted inside the frame and reported
// with both cells (LIST_CONFLICT); a year is over only when over without it, uncertain where it
// decides, and the command's text and --json say the same as the engine.
import path from "node:path";
import { jsonReportSchema } from "../../src/core/overview/jsonReport";
import { runCli } from "../cli/helpers";
import { generatedBy, reportOfBytes } from "../generated";
import { describeWith } from "../tools";

const SHEET = "Tryghedsplan 2026";
const NAME = "list_frame_conflict.xlsx";
const workbooks = generatedBy(path.join(__dirname, "make_lists.py"));
const file = () => path.join(workbooks.dir(), NAME);

describeWith(["openpyxl"], "a list whose Ramme column disagrees for one activity", () => {
  it("Haven counts inside, in doubt; the finding names both cells; each year as it truly stands", () => {
    const r = reportOfBytes(workbooks.bytes(NAME), NAME);
    const haven = r.activities.find((a) => a.name === "Haven")!;
    expect([haven.outsideFrame, haven.frameInDoubt]).toEqual([undefined, true]);
    expect(
      r.activities.find((a) => a.name === "Boligsocial medfinansiering")?.outsideFrame
    ).toEqual({ reason: "frameColumn", text: "Nej", col: 2 });
    expect(
      r.years.map((y) => [y.year, y.total, y.frameInDoubt, y.status, y.overFrame, y.margin])
    ).toEqual([
      [2026, 180_000_000, 50_000_000, "within", false, 10_000_000],
      [2027, 210_000_000, 80_000_000, "uncertain", false, undefined],
      [2028, 220_000_000, 20_000_000, "over", true, 10_000_000],
    ]);
    expect(r.findings.filter((f) => f.code === "LIST_CONFLICT")).toEqual([
      {
        code: "LIST_CONFLICT",
        severity: "warning",
        at: { sheet: SHEET, row: 6, col: 2 },
        activityId: 1,
        activity: "Haven",
        role: "frame",
        value: "Nej",
        first: { sheet: SHEET, row: 5, col: 2 },
        firstValue: "Ja",
      },
    ]);
    expect(r.findings.find((f) => f.code === "OVER_FRAME")).toMatchObject({
      year: 2028,
      over: 10_000_000,
      atLeast: "frameColumn",
    });
  });

  it("the command's report and --json (da, en)", async () => {
    const text = (await runCli([file()])).out;
    expect(text).toMatch(
      /2026\s+1\.800\.000 kr\.\s+1\.900\.000 kr\.\s+100\.000 kr\.\s+<-- Inden for rammen med mindst 100\.000 kr\. tilbage, også med de aktiviteter, listen har både i og uden for rammen\n/
    );
    expect(text).toMatch(
      /2027\s+2\.100\.000 kr\.\s+1\.900\.000 kr\.\s+-200\.000 kr\.\s+<-- USIKKER: listen har en aktivitet både i og uden for rammen\n/
    );
    expect(text).toMatch(
      /2028\s+2\.200\.000 kr\.\s+1\.900\.000 kr\.\s+-300\.000 kr\.\s+<-- OVER RAMMEN med mindst 100\.000 kr\., også uden de aktiviteter, listen har både i og uden for rammen\n/
    );
    expect(text).toContain(
      "Aktiviteten «Haven» har to forskellige svar i Ramme-kolonnen i listen: «Ja» ('Tryghedsplan 2026'!C6) og «Nej» ('Tryghedsplan 2026'!C7). Budgettjek tæller aktiviteten med i rammen, og et år, den bringer over rammen, er usikkert; ret rækkerne, så de siger det samme."
    );
    const en = (await runCli([file(), "--lang", "en"])).out;
    expect(en).toContain(
      "<-- UNCERTAIN: the list has an activity both inside and outside the frame"
    );
    expect(en).toContain(
      "Activity “Haven” has two different answers in the frame column in the list: “Ja” ('Tryghedsplan 2026'!C6) and “Nej” ('Tryghedsplan 2026'!C7)."
    );
    const doc = jsonReportSchema.parse(JSON.parse((await runCli([file(), "--json"])).out));
    expect(doc.years.map((y) => [y.year, y.status, y.margin])).toEqual([
      [2026, "within", 100_000],
      [2027, "uncertain", null],
      [2028, "over", 100_000],
    ]);
  });
});
