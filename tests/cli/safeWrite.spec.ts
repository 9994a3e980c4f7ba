import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { sameFile, writeAtomically } from "../../src/cli/safeWrite";
import { tempDir } from "./helpers";

const t = tempDir();
afterAll(() => t.cleanup());
afterEach(() => jest.restoreAllMocks());

describe("writeAtomically", () => {
  it("writes the bytes under the target name and leaves no temporary file", async () => {
    const input = t.file("ind.xlsx");
    writeFileSync(input, "input");
    const r = await writeAtomically(t.file("ud.csv"), "a;b\r\n", input);
    expect(r).toEqual({ ok: true, path: t.file("ud.csv") });
    expect(readFileSync(t.file("ud.csv"), "utf8")).toBe("a;b\r\n");
    expect(readdirSync(t.dir).sort()).toEqual(["ind.xlsx", "ud.csv"]);
  });

  it("writes the temporary file beside the target, then renames it onto the target", async () => {
    const rename = jest.spyOn(fs.promises, "rename");
    await writeAtomically(t.file("ud2.csv"), "x", t.file("ind.xlsx"));
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] as [string, string];
    expect(to).toBe(t.file("ud2.csv"));
    expect(from).toMatch(
      new RegExp(
        `^${t.dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/\\.ud2\\.csv\\.\\d+\\.[0-9a-f]{8}\\.tmp$`
      )
    );
  });

  it("when the rename fails, the old target is untouched and the temporary file is gone", async () => {
    const target = t.file("gammel.csv");
    writeFileSync(target, "gammelt");
    jest.spyOn(fs.promises, "rename").mockRejectedValueOnce(new Error("disken er fuld"));
    const r = await writeAtomically(target, "nyt", t.file("ind.xlsx"));
    expect(r).toEqual({ ok: false, reason: "FAILED", detail: "disken er fuld" });
    expect(readFileSync(target, "utf8")).toBe("gammelt");
    expect(readdirSync(t.dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses the input, a folder as target, and a missing folder", async () => {
    const input = t.file("ind.xlsx");
    expect(await writeAtomically(input, "x", input)).toEqual({
      ok: false,
      reason: "SAME_AS_INPUT",
    });
    expect(await writeAtomically(t.dir, "x", input)).toEqual({ ok: false, reason: "IS_FOLDER" });
    expect(await writeAtomically(t.file("nej/ud.csv"), "x", input)).toEqual({
      ok: false,
      reason: "NO_FOLDER",
    });
    expect(readFileSync(input, "utf8")).toBe("input");
    expect(existsSync(t.file("nej"))).toBe(false);
  });

  it("sameFile: a new file is never the input", async () => {
    expect(await sameFile(t.file("ny.xlsx"), t.file("ind.xlsx"))).toBe(false);
    expect(await sameFile(t.file("./ind.xlsx"), t.file("ind.xlsx"))).toBe(true);
  });
});
