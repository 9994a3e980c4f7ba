// The real process: bin/budgettjek.js on the compiled lib/, as `npx budgettjek` runs it.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "budgettjek.js");
const sample = path.join(root, "assets", "eksempel-tryghedsplan-2026.xlsx");

beforeAll(() => {
  // Always rebuild: a stale lib/ would test yesterday's command.
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: root,
    }
  );
}, 180_000);

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });

describe("bin/budgettjek.js", () => {
  it("--help exits 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("Brug: budgettjek PROJEKTMAPPE.xlsx")).toBe(true);
  });

  it("a missing file: exit 2, one line on stderr, no stack trace", () => {
    const r = run("findes-ikke.xlsx");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("budgettjek: Filen findes ikke: findes-ikke.xlsx\n");
  });

  it("the sample: exit 1 (2026 is over the frame), the report on stdout, nothing on stderr", () => {
    const r = run(sample);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      "2026   2.447.000 kr.   1.900.000 kr.    -547.000 kr.   <-- OVER RAMMEN"
    );
    const json = JSON.parse(run(sample, "--json").stdout);
    expect(json.years.find((y: { year: number }) => y.year === 2026)).toEqual({
      year: 2026,
      total: 2447000,
      frame: 1900000,
      leftover: -547000,
      overFrame: true,
      margin: null,
      unreadAmounts: 0,
      outsideFrame: 0,
      status: "over",
    });
  });
});
