/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { axe, toHaveNoViolations } from "jest-axe";
import { overviewCsv } from "../core/overview";
import type { Report } from "../core";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { HostError } from "../host/HostError";
import { App, type AppProps } from "./App";
import { laterStrings } from "./words/later";
import { RECHECK_DELAY_MS } from "./hooks/useAutoRecheck";
import { renderPane } from "../../tests/doubles/renderPane";
import { PLAN_SHEET, notABudgetGrid, planGrid } from "../../tests/doubles/testGrids";

expect.extend(toHaveNoViolations);
// Two cores shared with other builds: give rendering time rather than flake.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

let fakeTimers = false;

function makeHost(extra: Partial<ConstructorParameters<typeof FakeHost>[0]> = {}): FakeHost {
  return new FakeHost({ sheets: [notABudgetGrid(), planGrid()], active: "Noter", ...extra });
}

function renderApp(host: FakeHost, props: Partial<AppProps> = {}) {
  return renderPane(
    host,
    props,
    fakeTimers ? { advanceTimers: (ms) => jest.advanceTimersByTime(ms) } : {}
  );
}

async function checkBudget(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Tjek budget" }));
  await screen.findByRole("heading", { name: "Resultat" });
}

/** The pane on the plan (makeHost), checked once. */
async function checkedApp() {
  const host = makeHost();
  const { user } = await renderApp(host);
  await checkBudget(user);
  return { host, user };
}

function yearCard(year: number): HTMLElement {
  return screen.getByRole("region", { name: new RegExp(`^${year}`) });
}

afterEach(() => {
  fakeTimers = false;
  jest.useRealTimers();
});

describe("start", () => {
  test("picks the first sheet with a budget table when the active one has none", async () => {
    const host = makeHost();
    await renderApp(host);
    // The settings form is a lazy chunk: wait for it.
    expect(await screen.findByRole("combobox", { name: "Ark der tjekkes" })).toHaveValue(
      PLAN_SHEET
    );
  });

  test("says it is reading the workbook until the sheets are in", async () => {
    render(<App host={makeHost()} lang="da" dark={false} currentYear={2026} />);
    expect(screen.getByText("Læser projektmappen …")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tjek budget" })).toBeDisabled();
    await waitFor(() => expect(screen.queryByText("Læser projektmappen …")).toBeNull());
    expect(screen.getByRole("button", { name: "Tjek budget" })).toBeEnabled();
  });

  test("opening the pane checks the sheet it found, with no extra read and no click", async () => {
    const host = makeHost();
    await renderApp(host);
    expect(await screen.findByRole("heading", { name: "Resultat" })).toBeInTheDocument();
    expect(within(yearCard(2026)).getByText("Over rammen med 412.000 kr.")).toBeInTheDocument();
    // Noter (active, no budget table), then the plan sheet: each read once.
    expect(host.callsOf("readSheet")).toEqual([["Noter"], [PLAN_SHEET]]);
  });

  test("a stored sheet without a budget table is not checked on opening", async () => {
    const host = makeHost({ settings: { version: 1, sheet: "Noter" } });
    await renderApp(host);
    expect(screen.queryByRole("heading", { name: "Resultat" })).toBeNull();
  });

  test("a stored sheet wins over detection", async () => {
    const host = makeHost({ settings: { version: 1, sheet: "Noter" } });
    await renderApp(host);
    expect(screen.getByRole("combobox", { name: "Ark der tjekkes" })).toHaveValue("Noter");
  });

  test("stored settings that fail validation: warning and defaults", async () => {
    const host = makeHost({ settings: { version: 1, planYear: "næste år" } });
    await renderApp(host);
    expect(screen.getByText("De gemte indstillinger kunne ikke læses")).toBeInTheDocument();
    expect(
      screen.getByText("Planår: Planåret skal være et årstal, fx 2026 (der står «næste år»)")
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Ramme pr. år" })).toHaveValue("1.900.000");
  });

  test("the English pane words refused settings in English, naming the setting", async () => {
    const host = makeHost({ settings: { version: 1, framesKr: { "2026": "mange" } } });
    await renderApp(host, { lang: "en" });
    expect(screen.getByText("The stored settings could not be read")).toBeInTheDocument();
    expect(
      screen.getByText('Frame 2026: The amount must be a number (kroner) (it says "mange")')
    ).toBeInTheDocument();
  });
});

describe("check", () => {
  test("per-year cards show exact totals, frame, leftover and over-frame text", async () => {
    await checkedApp();

    const y2026 = yearCard(2026);
    expect(within(y2026).getByText("2.312.000 kr.")).toBeInTheDocument();
    expect(within(y2026).getByText("1.900.000 kr.")).toBeInTheDocument();
    expect(within(y2026).getByText("-412.000 kr.")).toBeInTheDocument();
    expect(within(y2026).getByText("Over rammen med 412.000 kr.")).toBeInTheDocument();
    expect(within(y2026).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");

    const y2027 = yearCard(2027);
    expect(within(y2027).getByText("380.000 kr.")).toBeInTheDocument();
    expect(within(y2027).getByText("Inden for rammen: 1.520.000 kr. tilbage")).toBeInTheDocument();

    const y2025 = yearCard(2025);
    expect(within(y2025).getByText("(til sammenligning)")).toBeInTheDocument();
    expect(within(y2025).getByText("840.000 kr.")).toBeInTheDocument();
    expect(within(y2025).queryByRole("progressbar")).toBeNull();

    expect(screen.getByText("Planår 2026 (fra arkets navn).")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      /^Tjek færdigt: 2 fejl, (ingen advarsler|\d+ advarsl?er?)\.$/
    );
  });

  test("findings grouped by kind with why and how; Vis selects the exact cell and tells the preview", async () => {
    const host = makeHost();
    const preview = jest.fn((_grid, cell: string | undefined) => (
      <p>Forhåndsvisning: {cell ?? "-"}</p>
    ));
    const { user } = await renderApp(host, { renderPreview: preview });
    await checkBudget(user);

    const findings = screen.getByRole("region", { name: "Fund" });
    const groups = within(findings)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual([
      "Fejl: Over rammen (1)",
      "Fejl: Flerårig bevilling uden forankringsplan (1)",
      "Oplysning: Samarbejdspartnere (1)",
    ]);
    const over = screen.getByRole("region", { name: "Fejl: Over rammen (1)" });
    expect(within(over).getByText(/^Styregruppen kan ikke godkende/).textContent).toBe(
      "Hvorfor: Styregruppen kan ikke godkende et år, der bruger mere end rammen."
    );
    expect(within(over).getByText(/^Skær ned på aktiviteter/).textContent).toBe(
      "Sådan retter du det: Skær ned på aktiviteter i året, eller flyt beløb til et år med plads."
    );
    const [overItem] = within(over).getAllByRole("listitem");
    expect(overItem.firstChild?.textContent).toBe(
      "Budgettet for 2026 er 2.312.000 kr. og overskrider rammen på 1.900.000 kr. med 412.000 kr. Skær ned, eller flyt beløb til et andet år."
    );
    // The over-frame finding is about a year, not a cell: no Vis button.
    expect(within(overItem).queryByRole("button")).toBeNull();

    const anchor = screen.getByRole("region", {
      name: "Fejl: Flerårig bevilling uden forankringsplan (1)",
    });
    const [item] = within(anchor).getAllByRole("listitem");
    expect(item.firstChild?.textContent).toBe(
      `Aktiviteten «Kvinder, job og fællesskab» ('${PLAN_SHEET}'!E5) har beløb i 2026–2028 men mangler forankringsplan. Flerårige bevillinger kræver en forankringsplan for bevillingsperioden.`
    );
    const cell = `'${PLAN_SHEET}'!E5`;
    await user.click(within(item).getByRole("button", { name: `Vis cellen ${cell}` }));
    expect(host.callsOf("selectCell")).toEqual([[cell]]);
    expect(screen.getByText(`Forhåndsvisning: ${cell}`)).toBeInTheDocument();
  });

  test("counts of activities, multi-year grants and anchoring", async () => {
    await checkedApp();
    const counts = screen.getByRole("region", { name: "Optælling" });
    const value = (label: string) => within(counts).getByText(label).nextElementSibling;
    expect(value("Aktiviteter")).toHaveTextContent("4");
    expect(value("Flerårige bevillinger")).toHaveTextContent("2");
    expect(value("Har forankringsplan")).toHaveTextContent("1");
    expect(value("Mangler forankringsplan")).toHaveTextContent("1");
  });

  test("a sheet without a budget table explains what the pane looks for", async () => {
    const host = makeHost({ settings: { version: 1, sheet: "Noter" } });
    const { user } = await renderApp(host);
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(await screen.findByText("Ingen budgettabel fundet")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Arket ‘Noter’ har ingen tabel, som budgettjekket kan læse. Det leder efter en overskriftsrække med en kolonne «Aktivitet» (eller «Indsats») og kolonner med årstal (fx 2026 eller «Budget 2026») i de første 30 rækker. Vælg et andet ark, eller tilføj overskrifterne."
      )
    ).toBeInTheDocument();
  });
});

describe("errors", () => {
  test("HostError PROTECTED → an actionable Danish message", async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    host.failNext("readSheet", new HostError("PROTECTED", "AccessDenied"));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(
      await screen.findByText(
        "Arket er beskyttet. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse), og prøv igen."
      )
    ).toBeInTheDocument();
    expect(screen.getByText("Detaljer: AccessDenied")).toBeInTheDocument();
  });

  test("an unknown error shows its detail", async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    host.failNext("readSheet", new Error("RichApi.Error: GeneralException"));
    await user.click(screen.getByRole("button", { name: "Tjek budget" }));
    expect(
      await screen.findByText("Detaljer: RichApi.Error: GeneralException")
    ).toBeInTheDocument();
    expect(screen.getByText(/^Der skete en uventet fejl\./)).toBeInTheDocument();
  });
});

describe("settings", () => {
  test("round-trip: load → edit frame '1,9 mio.' → saved in kroner", async () => {
    const host = makeHost({ settings: { version: 1, defaultFrameKr: 1_500_000, planYear: 2026 } });
    const { user } = await renderApp(host);
    // A confirmed plan year and a table found: the settings start folded away.
    expect(screen.queryByRole("textbox", { name: "Ramme pr. år" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Indstillinger" }));
    const frame = screen.getByRole("textbox", { name: "Ramme pr. år" });
    expect(frame).toHaveValue("1.500.000");
    await user.clear(frame);
    await user.type(frame, "1,9 mio.");
    await user.tab();
    expect(frame).toHaveValue("1.900.000");
    await waitFor(() => expect(host.callsOf("saveSettings")).toHaveLength(1));
    expect(host.stored).toEqual({ version: 1, defaultFrameKr: 1_900_000, planYear: 2026 });
  });

  test("invalid frame input → field message, nothing saved", async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    const frame = screen.getByRole("textbox", { name: "Ramme pr. år" });
    await user.clear(frame);
    await user.type(frame, "ca. en million");
    await user.tab();
    const invalid =
      "Beløbet kan ikke læses, eller det er under 10.000 kr. Rammen er altid i kroner: skriv fx 1.900.000 eller 1,9 mio.";
    expect(screen.getByText(invalid)).toBeInTheDocument();
    expect(frame).toHaveAttribute("aria-invalid", "true");
    // "1,9" is 1,90 kr.: a frame meant in millions, refused like text.
    await user.clear(frame);
    await user.type(frame, "1,9");
    await user.tab();
    expect(screen.getByText(invalid)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 600));
    expect(host.callsOf("saveSettings")).toHaveLength(0);
  });

  test("a per-year frame changes that year's card at once and is stored", async () => {
    const { host, user } = await checkedApp();
    const f2026 = screen.getByRole("textbox", { name: "Ramme 2026" });
    await user.type(f2026, "2.400.000{Enter}");
    expect(
      within(yearCard(2026)).getByText("Inden for rammen: 88.000 kr. tilbage")
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(host.stored).toEqual({ version: 1, framesKr: { "2026": 2_400_000 } })
    );
  });

  test("plan year from the settings makes earlier years compare-only", async () => {
    const { host, user } = await checkedApp();
    expect(screen.getByRole("textbox", { name: "Planår" })).toHaveAccessibleDescription(
      "Tomt felt = automatisk (fra titel, arkets navn eller årskolonnerne). Planår 2026 (fra arkets navn)."
    );
    await user.type(screen.getByRole("textbox", { name: "Planår" }), "2027{Enter}");
    expect(screen.getByText("Planår 2027 (fra indstillingerne).")).toBeInTheDocument();
    expect(within(yearCard(2026)).getByText("(til sammenligning)")).toBeInTheDocument();
    expect(within(yearCard(2026)).queryByText(/Over rammen/)).toBeNull();
    await waitFor(() => expect(host.stored).toEqual({ version: 1, planYear: 2027 }));
  });

  test("a failed save is shown, not swallowed", async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    host.failNext("saveSettings", new HostError("EDIT_MODE"));
    await user.click(screen.getByRole("switch", { name: "Tjek igen når arket ændres" }));
    expect(
      await screen.findByText(
        "Excel er i redigeringstilstand. Afslut redigeringen af cellen (tryk Enter eller Esc), og prøv igen."
      )
    ).toBeInTheDocument();
  });

  test("plan year: invalid input is refused with a message", async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    const planYear = screen.getByRole("textbox", { name: "Planår" });
    await user.type(planYear, "26");
    await user.tab();
    expect(
      screen.getByText("Skriv et årstal mellem 1990 og 2100, fx 2026, eller lad feltet stå tomt.")
    ).toBeInTheDocument();
  });
});

describe("write overview", () => {
  test("writes to Budgetoversigt and says where", async () => {
    const { host, user } = await checkedApp();
    await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));
    expect(
      await screen.findByText("Oversigten er skrevet i arket ‘Budgetoversigt’.")
    ).toBeInTheDocument();
    const [[report, options]] = host.callsOf("writeOverview") as [[Report, unknown]];
    expect(options).toEqual({ sheetName: "Budgetoversigt", lang: "da" });
    expect(report.years.find((y) => y.year === 2026)?.total).toBe(231_200_000);
  });

  test("file-like host: says which file, and which defined names were left alone", async () => {
    const host = makeHost({
      fileName: "Tryghedsplan 2026 med oversigt.xlsx",
      skippedNames: ["Restbeløb_2026"],
    });
    const { user } = await renderApp(host);
    await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));
    expect(
      await screen.findByText(
        "Oversigten er skrevet i arket ‘Budgetoversigt’ i projektmappen Tryghedsplan 2026 med oversigt.xlsx. Navnene Restbeløb_2026 findes allerede i projektmappen og peger på noget andet; de er ikke ændret."
      )
    ).toBeInTheDocument();
    // Writing without a prior check checks first.
    expect(host.callsOf("readSheet").at(-1)).toEqual([PLAN_SHEET]);
  });

  test("an Excel without print setup (ExcelApi < 1.9): written, and the pane says so", async () => {
    const { user } = await renderApp(makeHost({ pageSetupSkipped: true }));
    await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));
    expect(
      await screen.findByText(
        /^Oversigten er skrevet i arket ‘Budgetoversigt’\. Denne version af Excel kan ikke sætte udskriftsopsætning/
      )
    ).toBeInTheDocument();
  });

  test("a foreign Budgetoversigt: dialog, name rules, new name written and remembered", async () => {
    const host = makeHost({ foreignSheets: ["Budgetoversigt"] });
    const { user } = await renderApp(host);
    await checkBudget(user);
    await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));

    const dialog = await screen.findByRole("dialog", { name: "Arket findes allerede" });
    const name = within(dialog).getByRole("textbox", { name: "Navn på det nye ark" });
    expect(name).toHaveValue("Budgetoversigt 2");

    await user.clear(name);
    await user.type(name, "Budget/oversigt");
    await user.click(within(dialog).getByRole("button", { name: "Skriv oversigt" }));
    expect(
      within(dialog).getByText("Et arknavn må ikke indeholde : \\ / ? * [ eller ].")
    ).toBeInTheDocument();
    // Only the refused first attempt (the write's own look-up said NAME_TAKEN): nothing written.
    expect(host.callsOf("writeOverview").map((c) => c[1])).toEqual([
      { sheetName: "Budgetoversigt", lang: "da" },
    ]);
    expect(host.callsOf("overviewStatus")).not.toContainEqual(["Budgetoversigt"]);

    // A name Excel takes but a sheet we did not make already has: the dialog (its words load
    // with it) says so, and nothing is written.
    await user.clear(name);
    await user.type(name, "Budgetoversigt");
    await user.click(within(dialog).getByRole("button", { name: "Skriv oversigt" }));
    expect(
      await within(dialog).findByText(
        "Der findes allerede et ark med det navn, som budgettjekket ikke har lavet."
      )
    ).toBeInTheDocument();
    expect(host.callsOf("writeOverview")).toHaveLength(1);

    await user.clear(name);
    await user.type(name, "Budgetoversigt 2");
    await user.click(within(dialog).getByRole("button", { name: "Skriv oversigt" }));
    expect(
      await screen.findByText("Oversigten er skrevet i arket ‘Budgetoversigt 2’.")
    ).toBeInTheDocument();
    expect(host.callsOf("writeOverview").map((c) => c[1])).toEqual([
      { sheetName: "Budgetoversigt", lang: "da" },
      { sheetName: "Budgetoversigt 2", lang: "da" },
    ]);
    await waitFor(() =>
      expect(host.stored).toEqual({ version: 1, overviewSheetName: "Budgetoversigt 2" })
    );
  });
});

test("a table or name already in use: the error says so, and no sheet-name question opens", async () => {
  const host = makeHost();
  const { user } = await renderApp(host);
  await checkBudget(user);
  host.failNext(
    "writeOverview",
    new HostError("NAME_IN_USE", "ItemAlreadyExists", { nameIn: "table" })
  );
  await user.click(screen.getByRole("button", { name: "Skriv oversigt" }));
  expect(await screen.findByText(laterStrings.da.nameInUse.table)).toBeInTheDocument();
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
});

test("a failure only file mode meets is shown once its words are in: message and details named", async () => {
  // The sheet's cells over the browser's limit are worded by the later words (words/later.ts),
  // loaded for the error: the bar shows with every line worded, not before.
  const host = makeHost();
  const { user } = await renderApp(host);
  await checkBudget(user);
  const cells = { sheet: PLAN_SHEET, count: 2_000_000, max: 1_000_000 };
  host.failNext("readSheet", new HostError("TOO_LARGE", "2000000 cells", { cells }));
  await user.click(screen.getByRole("button", { name: "Tjek budget" }));
  const detail = await screen.findByText(
    `Detaljer: Arket «${PLAN_SHEET}» har 2.000.000 udfyldte celler; i browseren læses højst 1.000.000.`
  );
  const bar = detail.parentElement as HTMLElement;
  expect(bar).toHaveTextContent(
    new RegExp(
      `^Det lykkedes ikke${laterStrings.da.hostErrors.TOO_LARGE.replace(/[.()]/g, "\\$&")}Detaljer: `
    )
  );
});

describe("export", () => {
  test("new workbook and CSV download", async () => {
    const { host, user } = await checkedApp();
    await user.click(screen.getByRole("button", { name: "Som ny projektmappe" }));
    expect(
      await screen.findByText("Oversigten er eksporteret til en ny projektmappe.")
    ).toBeInTheDocument();
    const [[report, lang]] = host.callsOf("exportWorkbook") as [[Report, string]];
    expect(lang).toBe("da");
    expect(report.sheet).toBe(PLAN_SHEET);

    await user.click(screen.getByRole("button", { name: "Som CSV-fil" }));
    expect(await screen.findByText("CSV-filen budgetoversigt.csv er klar.")).toBeInTheDocument();
    const [[fileName, text, mime]] = host.callsOf("saveText") as [[string, string, string]];
    expect(fileName).toBe("budgetoversigt.csv");
    expect(mime).toBe("text/csv;charset=utf-8");
    expect(text).toBe(overviewCsv(report.overview, "da"));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("Kvinder, job og fællesskab");
  });
});

describe("auto re-check", () => {
  test("debounced re-check on change, and the switch turns it off", async () => {
    jest.useFakeTimers();
    fakeTimers = true;
    const { host, user } = await checkedApp();
    await waitFor(() => expect(host.subscribedSheets()).toEqual([PLAN_SHEET]));
    const reads = host.callsOf("readSheet").length;

    act(() => host.changeSheet(planGrid(1_000_000)));
    act(() => host.changeSheet(planGrid(1_100_000)));
    act(() => jest.advanceTimersByTime(RECHECK_DELAY_MS - 1));
    expect(host.callsOf("readSheet")).toHaveLength(reads);
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    await waitFor(() =>
      expect(within(yearCard(2026)).getByText("1.570.000 kr.")).toBeInTheDocument()
    );
    expect(host.callsOf("readSheet")).toHaveLength(reads + 1);

    await user.click(screen.getByRole("switch", { name: "Tjek igen når arket ændres" }));
    await waitFor(() => expect(host.subscribedSheets()).toEqual([]));
    expect(host.unsubscribed).toBe(1);
    act(() => host.changeSheet(planGrid(1_842_000)));
    act(() => jest.advanceTimersByTime(RECHECK_DELAY_MS * 2));
    expect(host.callsOf("readSheet")).toHaveLength(reads + 1);
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(host.stored).toEqual({ version: 1, autoRecheck: false });
  });

  test("unsubscribes on unmount", async () => {
    const host = makeHost();
    const { user, unmount } = await renderApp(host);
    await checkBudget(user);
    await waitFor(() => expect(host.subscribedSheets()).toEqual([PLAN_SHEET]));
    unmount();
    await waitFor(() => expect(host.subscribedSheets()).toEqual([]));
  });
});

describe("language, theme, accessibility", () => {
  test("English strings when lang = en", async () => {
    const { user } = await renderApp(makeHost(), { lang: "en", dark: true });
    expect(screen.getByRole("heading", { name: "Settings" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check budget" }));
    await screen.findByRole("heading", { name: "Result" });
    expect(within(yearCard(2026)).getByText("Over the frame by DKK 412,000")).toBeInTheDocument();
    expect(screen.getByText("Plan year 2026 (from the sheet name).")).toBeInTheDocument();
  });

  test("English host error text; dark theme tokens applied", async () => {
    const host = makeHost();
    const { user } = await renderApp(host, { lang: "en", dark: true });
    // FluentProvider writes the theme as CSS variables through CSSOM rules.
    const providerCss = [
      ...document.querySelectorAll<HTMLStyleElement>("style[id^=fui-FluentProvider]"),
    ]
      .flatMap((el) => [...(el.sheet?.cssRules ?? [])].map((r) => r.cssText))
      .join("\n");
    expect(providerCss).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`
    );
    host.failNext("readSheet", new HostError("PROTECTED"));
    await user.click(screen.getByRole("button", { name: "Check budget" }));
    expect(
      await screen.findByText(
        "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again."
      )
    ).toBeInTheDocument();
  });

  test("jest-axe: no violations before and after a check", async () => {
    const host = makeHost();
    const { user, container } = await renderApp(host);
    expect(await axe(container)).toHaveNoViolations();
    await checkBudget(user);
    expect(await axe(container)).toHaveNoViolations();
  });
});
