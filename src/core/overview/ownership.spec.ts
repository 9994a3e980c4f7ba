import {
  constantText,
  decideOwnership,
  freeSheetName,
  freeTableName,
  markerNames,
  type NameFact,
  type WorkbookFacts,
} from "./ownership";

const sheet = (name: string): { name: string } => ({ name });
const ref = (name: string, target: string, extra: Partial<NameFact> = {}): NameFact => ({
  name,
  target: target === "#REF!" ? { kind: "ref" } : { kind: "sheet", sheet: target },
  ...extra,
});
const constant = (name: string, value: string): NameFact => ({
  name,
  target: { kind: "constant", value },
});
const marker = (points: string, written: string): NameFact[] => [
  ref("Budgettjek_Oversigt", points),
  constant("Budgettjek_OversigtNavn", written),
];
const facts = (f: Partial<WorkbookFacts>): WorkbookFacts => ({
  sheets: [],
  names: [],
  tables: [],
  ...f,
});
const wanted = { wantedNames: ["Restbeløb_2026", "Restbeløb_2027"] };
const names = (d: { dropNames: { name: string; scope?: string }[] }): string[] =>
  d.dropNames.map((n) => (n.scope ? `${n.scope}!${n.name}` : n.name)).sort();

describe("decideOwnership", () => {
  it("writes Budgetoversigt into a workbook without an overview", () => {
    const d = decideOwnership(facts({ sheets: [sheet("Tryghedsplan 2026")] }), wanted);
    expect(d).toMatchObject({
      reason: "absent",
      sheetName: "Budgetoversigt",
      tableName: "Budgetoversigt_tabel",
      dropNames: [],
      skipNames: [],
    });
    expect(d.ourSheet).toBeUndefined();
    expect(d.marker).toEqual([
      { name: "Budgettjek_Oversigt", formula: "Budgetoversigt!$A$1" },
      { name: "Budgettjek_OversigtNavn", formula: '"Budgetoversigt"' },
    ]);
  });

  it("rewrites its own output in place, dropping its names (run on own output)", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan"), sheet("Budgetoversigt")],
        names: [
          ...marker("Budgetoversigt", "Budgetoversigt"),
          ref("Restbeløb_2026", "Budgetoversigt"),
          ref("Restbeløb_2025", "Budgetoversigt"), // a year no longer in the plan
          ref("_xlnm.Print_Titles", "Budgetoversigt", { scope: "Budgetoversigt" }),
          ref("Mit_navn", "Budgetoversigt"), // the user's own name: never touched
        ],
        tables: [{ name: "Budgetoversigt_tabel", sheet: "Budgetoversigt" }],
      }),
      wanted
    );
    expect(d.reason).toBe("ours");
    expect(d.ourSheet).toBe("Budgetoversigt");
    expect(d.sheetName).toBe("Budgetoversigt");
    expect(d.tableName).toBe("Budgetoversigt_tabel");
    expect(names(d)).toEqual([
      "Budgetoversigt!_xlnm.Print_Titles",
      "Budgettjek_Oversigt",
      "Budgettjek_OversigtNavn",
      "Restbeløb_2025",
      "Restbeløb_2026",
    ]);
    expect(d.skipNames).toEqual([]);
  });

  it("compares the sheet and the constant without regard to case", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("BUDGETOVERSIGT")],
        names: marker("BUDGETOVERSIGT", "Budgetoversigt"),
      })
    );
    expect(d.reason).toBe("ours");
    expect(d.sheetName).toBe("BUDGETOVERSIGT");
  });

  it("keeps an overview of another name ours (Budgetoversigt 2) across runs", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Budgetoversigt"), sheet("Budgetoversigt 2")],
        names: marker("Budgetoversigt 2", "Budgetoversigt 2"),
      })
    );
    expect(d).toMatchObject({ reason: "ours", sheetName: "Budgetoversigt 2" });
    expect(d.marker[0].formula).toBe("'Budgetoversigt 2'!$A$1");
  });

  it("treats a renamed overview as the user's archive and writes a fresh one", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan"), sheet("Arkiv 2025")],
        names: [
          ...marker("Arkiv 2025", "Budgetoversigt"),
          ref("Restbeløb_2026", "Arkiv 2025"),
          ref("_xlnm.Print_Titles", "Arkiv 2025", { scope: "Arkiv 2025" }),
        ],
        tables: [{ name: "Budgetoversigt_tabel", sheet: "Arkiv 2025" }],
      }),
      wanted
    );
    expect(d.reason).toBe("renamed");
    expect(d.archivedSheet).toBe("Arkiv 2025");
    expect(d.ourSheet).toBeUndefined();
    expect(d.sheetName).toBe("Budgetoversigt");
    // The archive's table keeps its name: ours takes the next free one (table names are workbook-wide).
    expect(d.tableName).toBe("Budgetoversigt_tabel2");
    // Our names are re-pointed at the fresh overview; the archive keeps its print titles.
    expect(names(d)).toEqual(["Budgettjek_Oversigt", "Budgettjek_OversigtNavn", "Restbeløb_2026"]);
    expect(d.skipNames).toEqual([]);
  });

  it("renamed, and the user then made their own Budgetoversigt: the fresh one is Budgetoversigt 2", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Arkiv"), sheet("Budgetoversigt")],
        names: marker("Arkiv", "Budgetoversigt"),
      })
    );
    expect(d).toMatchObject({ reason: "renamed", sheetName: "Budgetoversigt 2" });
  });

  it("cleans up after a deleted overview instead of piling up #REF! names", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan")],
        names: [
          ...marker("#REF!", "Budgetoversigt"),
          ref("Restbeløb_2026", "#REF!"),
          ref("Brugerens_navn", "#REF!"), // the user's own broken name: not ours to clean
        ],
      }),
      wanted
    );
    expect(d.reason).toBe("deleted");
    expect(d.sheetName).toBe("Budgetoversigt");
    expect(names(d)).toEqual(["Budgettjek_Oversigt", "Budgettjek_OversigtNavn", "Restbeløb_2026"]);
  });

  it("a reference to a sheet the facts lack counts as deleted", () => {
    const d = decideOwnership(
      facts({ sheets: [sheet("Plan")], names: marker("Budgetoversigt", "Budgetoversigt") })
    );
    expect(d.reason).toBe("deleted");
  });

  it("never claims a user's sheet named Budgetoversigt", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Budgetoversigt"), sheet("Budgetoversigt 2")],
        names: [ref("Restbeløb_2026", "Budgetoversigt")],
      }),
      wanted
    );
    expect(d.reason).toBe("absent");
    expect(d.sheetName).toBe("Budgetoversigt 3");
    expect(d.dropNames).toEqual([]);
    // The user's Restbeløb_2026 stays theirs: ours is not written.
    expect(d.skipNames).toEqual(["Restbeløb_2026"]);
  });

  it("does not take a marker with a missing or non-text constant as ours", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Budgetoversigt")],
        names: [ref("Budgettjek_Oversigt", "Budgetoversigt")],
      })
    );
    expect(d.reason).toBe("renamed");
    expect(d.sheetName).toBe("Budgetoversigt 2");
  });

  it("recognises the add-in's previous markers (comment Budgettjek) and drops them", () => {
    const legacy = (name: string, target: string): NameFact =>
      ref(name, target, { comment: "Budgettjek" });
    const d = decideOwnership(
      facts({
        sheets: [sheet("Budgetoversigt"), sheet("Budgetoversigt 2")],
        names: [
          legacy("Budgettjek_oversigt", "Budgetoversigt 2"),
          legacy("Budgettjek_oversigt_2", "#REF!"),
          legacy("Budgettjek_oversigt_3", "Budgetoversigt"),
          ref("Restbeløb_2026", "Budgetoversigt"),
        ],
      }),
      wanted
    );
    expect(d).toMatchObject({ reason: "legacy-addin", ourSheet: "Budgetoversigt" });
    expect(names(d)).toEqual([
      "Budgettjek_oversigt",
      "Budgettjek_oversigt_2",
      "Budgettjek_oversigt_3",
      "Restbeløb_2026",
    ]);
  });

  it("a name like the old marker without our comment is not a marker", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Budgetoversigt")],
        names: [ref("Budgettjek_oversigt_2", "Budgetoversigt")],
      })
    );
    expect(d.reason).toBe("absent");
    expect(d.sheetName).toBe("Budgetoversigt 2");
  });

  it("recognises the command's previous overview by its table named after the sheet", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan"), sheet("Budgetoversigt")],
        names: [ref("Restbeløb_2026", "Budgetoversigt")],
        tables: [{ name: "Budgetoversigt_tabel", sheet: "Budgetoversigt" }],
      }),
      wanted
    );
    expect(d).toMatchObject({ reason: "legacy-command", ourSheet: "Budgetoversigt" });
    expect(d.tableName).toBe("Budgetoversigt_tabel");
    expect(names(d)).toEqual(["Restbeløb_2026"]);
  });

  it("does not claim a user's sheet of another name whose table is called <sheet>_tabel", () => {
    const d = decideOwnership(
      facts({ sheets: [sheet("Budget")], tables: [{ name: "Budget_tabel", sheet: "Budget" }] })
    );
    expect(d.reason).toBe("absent");
  });

  it("picks a table name free of other tables and of defined names", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan")],
        names: [ref("Budgetoversigt_tabel", "Plan")],
        tables: [{ name: "BUDGETOVERSIGT_TABEL2", sheet: "Plan" }],
      })
    );
    expect(d.tableName).toBe("Budgetoversigt_tabel3");
  });

  it("leaves sheet-scoped names of the same name on other sheets alone", () => {
    const d = decideOwnership(
      facts({
        sheets: [sheet("Plan"), sheet("Budgetoversigt")],
        names: [
          ...marker("Budgetoversigt", "Budgetoversigt"),
          ref("Restbeløb_2026", "Plan", { scope: "Plan" }),
          ref("_xlnm.Print_Area", "Plan", { scope: "Plan" }),
        ],
      }),
      wanted
    );
    expect(names(d)).toEqual(["Budgettjek_Oversigt", "Budgettjek_OversigtNavn"]);
    expect(d.skipNames).toEqual([]);
  });
});

describe("helpers", () => {
  it("freeSheetName counts up and stays within 31 characters", () => {
    expect(freeSheetName([])).toBe("Budgetoversigt");
    expect(freeSheetName(["budgetoversigt", "Budgetoversigt 2"])).toBe("Budgetoversigt 3");
    const long = "x".repeat(31);
    expect(freeSheetName([long], long)).toBe(`${"x".repeat(29)} 2`);
  });

  it("freeTableName counts up", () => {
    expect(freeTableName(["A_tabel"], "A_tabel")).toBe("A_tabel2");
  });

  it("markerNames quotes the sheet and doubles quotes in the constant", () => {
    expect(markerNames('Bob\'s "plan"')).toEqual([
      { name: "Budgettjek_Oversigt", formula: "'Bob''s \"plan\"'!$A$1" },
      { name: "Budgettjek_OversigtNavn", formula: '"Bob\'s ""plan"""' },
    ]);
  });

  it("constantText reads a text constant with or without =", () => {
    expect(constantText('="Budgetoversigt"')).toBe("Budgetoversigt");
    expect(constantText('"a ""b"""')).toBe('a "b"');
    expect(constantText("Budgetoversigt!$A$1")).toBeUndefined();
    expect(constantText("=1900000")).toBeUndefined();
  });
});
