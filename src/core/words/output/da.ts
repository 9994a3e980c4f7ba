// The Danish labels only the outputs made on request use: the overview sheet, the CSV, the PDF,
// the command's report and the changes since approval (pane, sheet, PDF, command). The first
// answer shows none of them, so they are a table of their own (outputLabelsFor, ../outputLabels.ts)
// and stay out of the pane's start-up bundle. Its shape is the contract: en.ts must have every key.
import type { Severity } from "../../types";

export const outputDa = {
  overviewTitle: (planYear: number) => `Budgetoversigt – Tryghedsplan ${planYear}`,
  checkedSheet: "Tjekket ark",
  /** The plan's activities, and apart from them the rows kept outside the frame (none: not said). */
  activityCount: (n: number, outsideFrame = 0) =>
    `${n} ${n === 1 ? "aktivitet" : "aktiviteter"}` +
    (outsideFrame > 0 ? ` + ${outsideFrame} uden for rammen` : ""),
  totalPerFocusArea: "I alt pr. indsatsområde",
  noFocusArea: "Uden indsatsområde",
  outsideFrameTotal: "I alt uden for rammen (ikke i rammens I alt)",
  outsideFrameSummary: (amounts: string, rows: string) =>
    `Uden for rammen og ikke talt med i I alt: ${amounts} (${rows}).`,
  yes: "Ja",
  no: "Nej",
  perYear: "Pr. år",
  totalAndFrame: "I alt og ramme pr. år",
  date: "Dato",
  /** The plan year the command was given with --plan-year (the other shells: "settings"). */
  planYearOption: "angivet med --plan-year",
  noRemarks: "Ingen bemærkninger.",
  severityGroup: { error: "Fejl", warning: "Advarsler", info: "Oplysninger" } satisfies Record<
    Severity,
    string
  >,
  // Changes since the approved plan.
  changes: {
    title: "Ændringer siden godkendt",
    titleAt: (date: string) => `Ændringer siden godkendt ${date}`,
    approved: "Godkendt",
    now: "Nu",
    change: "Ændring",
    leftoverNow: "Restbeløb nu",
    added: "Tilføjet",
    removed: "Fjernet",
    changed: "Ændret",
    activitiesChanged: (n: number) => `${n} ${n === 1 ? "aktivitet" : "aktiviteter"} ændret`,
    was: (name: string) => `før «${name}»`,
    renamed: "omdøbt",
    newFindings: "Nye fund",
    resolvedFindings: "Løste fund",
    none: "Ingen ændringer siden godkendt.",
    stored: (date: string) => `Sammenligner med grundlaget godkendt ${date}, gemt i projektmappen.`,
    storedNoDate: "Sammenligner med grundlaget gemt i projektmappen.",
    file: (file: string, sheet: string) => `Godkendt version: ${file}, arket «${sheet}».`,
    damaged: (detail: string) =>
      `Grundlaget gemt i projektmappen er beskadiget og bruges ikke (${detail}); tjekket kører uden sammenligning.`,
    otherPlanYear: (approved: number, now: number, years: string) =>
      `Advarsel: det godkendte grundlag er for planår ${approved}, dette er planår ${now}; kun de fælles år (${years}) sammenlignes.`,
  },
};
