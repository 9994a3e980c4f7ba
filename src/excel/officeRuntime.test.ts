import { officeRuntime } from "./officeRuntime";

type G = { Excel?: unknown; Office?: unknown };
const g = globalThis as G;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function install(sets: string[], withCreate = true) {
  const calls: unknown[][] = [];
  g.Excel = {
    run: (...args: unknown[]) => {
      calls.push(args.length === 2 ? [args[0]] : []);
      const batch = args[args.length - 1] as (c: string) => Promise<unknown>;
      return batch("context");
    },
    ...(withCreate ? { createWorkbook: async (b: string) => calls.push(["create", b]) } : {}),
  };
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && sets.includes(v),
      },
      document: { url: "C:\\Budget\\Tryghedsplan 2026.xlsx" },
    },
  };
  return calls;
}

describe("officeRuntime", () => {
  it("runs batches plainly, or as one undo group when asked", async () => {
    const calls = install(["1.7"]);
    const rt = officeRuntime();
    await expect(rt.run(async (c) => c)).resolves.toBe("context");
    await rt.run(async () => 1, { mergeUndoGroup: true });
    expect(calls).toEqual([[], [{ mergeUndoGroup: true }]]);
  });

  it("asks Office about ExcelApi requirement sets and the document URL", () => {
    install(["1.7", "1.8"]);
    const rt = officeRuntime();
    expect(rt.supports("1.8")).toBe(true);
    expect(rt.supports("1.20")).toBe(false);
    expect(rt.documentUrl()).toBe("C:\\Budget\\Tryghedsplan 2026.xlsx");
  });

  it("offers createWorkbook only when the host has it", async () => {
    const calls = install(["1.8"]);
    const rt = officeRuntime();
    await rt.createWorkbook?.("UEsDBA==");
    expect(calls).toEqual([["create", "UEsDBA=="]]);
    install(["1.7"], false);
    expect(officeRuntime().createWorkbook).toBeUndefined();
  });
});
