import { planGrid, planReport, REVISIONS } from "../../../tests/fixtures/compare/revisions";
import { check } from "../check";
import { DEFAULT_FRAME_ORE } from "../settings";
import { approve, baselineSchema, type Baseline } from "./baseline";
import { BASELINE_NS, baselineFromXml, baselineToXml } from "./baselineXml";
import { parseXml } from "./xml";

function approved(): Baseline {
  const r = planReport();
  return approve(r, "2026-01-20", approve(r, "2025-12-12"));
}

describe("the baseline as a custom XML part", () => {
  it("round-trips every field", () => {
    const b = approved();
    const back = baselineFromXml(baselineToXml(b));
    expect(back).toEqual({ ok: true, baseline: JSON.parse(JSON.stringify(b)) });
    expect(b.findings.length).toBeGreaterThan(0);
    expect(b.history).toHaveLength(2);
  });

  it("keeps quotes, ampersands, line breaks and Danish letters in names", () => {
    const b = { ...approved(), sheet: 'Plan "ny" & <gl.>' };
    b.activities[0] = { ...b.activities[0], name: "Ældre & unge:\n«sammen»", area: "Æ'Ø'Å" };
    const back = baselineFromXml(baselineToXml(b));
    expect(back.ok && back.baseline.activities[0]).toMatchObject({
      name: "Ældre & unge:\n«sammen»",
      area: "Æ'Ø'Å",
    });
    expect(back.ok && back.baseline.sheet).toBe('Plan "ny" & <gl.>');
  });

  it("parses back to our root element in our namespace", () => {
    const xml = baselineToXml(approved());
    expect(parseXml(xml)).toMatchObject({ name: "grundlag", ns: BASELINE_NS });
  });

  it("reads a part re-indented and prefixed by another tool", () => {
    const b = approved();
    const xml = baselineToXml(b)
      .replace(`<grundlag xmlns="${BASELINE_NS}"`, `<g:grundlag xmlns:g="${BASELINE_NS}"`)
      .replace("</grundlag>", "</g:grundlag>")
      .replace(/<(\/?)(year|activity|amount|finding|value|approval|total)\b/g, "<$1g:$2")
      .replace(/></g, ">\n   <");
    // Every field read back, not only the activities' count.
    expect(baselineFromXml(xml)).toEqual({ ok: true, baseline: JSON.parse(JSON.stringify(b)) });
  });

  it.each([
    ["not XML", "this is not xml"],
    ["cut off", baselineToXml(approved()).slice(0, 500)],
    [
      "a DOCTYPE (entity expansion)",
      `<!DOCTYPE x [<!ENTITY a "aaaa">]><grundlag xmlns="${BASELINE_NS}"/>`,
    ],
    ["an amount that is not a number", baselineToXml(approved()).replace(/ore="\d+"/, 'ore="12a"')],
    [
      "a bad date",
      baselineToXml(approved()).replace('approvedAt="2026-01-20"', 'approvedAt="20-01-2026"'),
    ],
    ["a missing plan year", baselineToXml(approved()).replace(/ planYear="\d+"/, "")],
  ])("%s is reported as damaged", (_, xml) => {
    expect(baselineFromXml(xml)).toMatchObject({ ok: false, reason: "DAMAGED" });
  });

  it("someone else's part is not ours", () => {
    expect(baselineFromXml('<a:b xmlns:a="urn:other"><a:c/></a:b>')).toMatchObject({
      ok: false,
      reason: "NOT_OURS",
    });
  });

  it("the schema accepts exactly what approve() builds", () => {
    const r = check(planGrid(REVISIONS.split()), {
      defaultFrame: DEFAULT_FRAME_ORE,
      frames: {},
      currentYear: 2026,
    });
    if (!r.ok) throw new Error("no table");
    expect(
      baselineSchema.safeParse(JSON.parse(JSON.stringify(approve(r.report, "2026-02-01")))).success
    ).toBe(true);
  });
});
