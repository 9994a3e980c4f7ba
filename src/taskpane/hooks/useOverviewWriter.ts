// Writing the overview sheet (asking for a new name when a sheet we did not make has ours) and
// exporting the consolidated table as a workbook or CSV.
import { HostError } from "../../host/HostError";
import { useState } from "react";
import type { Changes } from "../../core/compare";
import type { Lang, Report } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { nextSheetName } from "../sheetName";
import { laterWords } from "../words/loadLater";
import type { Tasks } from "./useTasks";

const CSV_FILE_NAME = "budgetoversigt.csv";
const CSV_MIME = "text/csv;charset=utf-8";

export interface NameDialog {
  taken: string;
  proposal: string;
  report: Report;
}

export interface OverviewWriterDeps {
  host: WorkbookHost;
  lang: Lang;
  tasks: Tasks;
  sheets: string[];
  overviewName: string;
  /** The report shown, or (when none is yet) the sheet read and checked now. */
  currentReport: () => Promise<Report | undefined>;
  /** The overview went to another sheet name: remember it. */
  rememberName: (name: string) => void;
  addSheet: (name: string) => void;
  /** The changes since the baseline in use for this report (none: no baseline). */
  changesFor?: (report: Report) => Changes | undefined;
}

export function useOverviewWriter(deps: OverviewWriterDeps) {
  const { host, lang, tasks, sheets, overviewName, currentReport, rememberName, addSheet } = deps;
  const changesOf = (report: Report) => deps.changesFor?.(report);
  const [dialog, setDialog] = useState<NameDialog>();

  const writeTo = async (report: Report, name: string) => {
    // What the write reports is worded by words that load first: nothing is written without them.
    const t = await laterWords(lang);
    const changes = changesOf(report);
    const written = await host.writeOverview(report, {
      sheetName: name,
      lang,
      ...(changes ? { changes } : {}),
    });
    if (written.sheetName !== overviewName) rememberName(written.sheetName);
    addSheet(written.sheetName);
    const where = written.fileName
      ? t.writeDoneFile(written.sheetName, written.fileName)
      : t.writeDone(written.sheetName);
    const skipped = written.skippedNames ?? [];
    const notes = [where];
    if (skipped.length > 0) notes.push(t.writeSkippedNames(skipped.join(", ")));
    if (written.pageSetupSkipped) notes.push(t.writeNoPageSetup);
    if (written.pageSetupRefused) notes.push(t.writeRefusedPageSetup);
    tasks.setNotice(notes.join(" "));
  };

  const write = () =>
    tasks.run("write", async () => {
      const report = await currentReport();
      if (!report) return;
      try {
        // No status look-up first: the write's own look-up knows, and refuses a sheet that is
        // not ours with NAME_TAKEN (one round trip less; Excel on the web pays for each).
        await writeTo(report, overviewName);
      } catch (e) {
        if (!(e instanceof HostError && e.code === "NAME_TAKEN")) throw e;
        const base = overviewName.replace(/ \d+$/, "");
        setDialog({ taken: overviewName, proposal: nextSheetName(base, sheets), report });
      }
    });

  /** The dialog's answer: "taken" when the name cannot be used (the dialog words it), else undefined. */
  const confirmName = async (name: string): Promise<"taken" | undefined> => {
    if (!dialog) return undefined;
    try {
      if ((await host.overviewStatus(name)) === "foreign") return "taken";
    } catch (e) {
      setDialog(undefined);
      tasks.reportError(e);
      return undefined;
    }
    setDialog(undefined);
    await tasks.run("write", () => writeTo(dialog.report, name));
    return undefined;
  };

  const exportAs = (what: "workbook" | "csv") =>
    tasks.run("export", async () => {
      const [report, t] = await Promise.all([currentReport(), laterWords(lang)]);
      if (!report) return;
      if (what === "workbook") {
        await host.exportWorkbook(report, lang);
        tasks.setNotice(t.exportWorkbookDone);
      } else {
        const route = await exportCsv(host, report, lang, changesOf(report));
        tasks.setNotice(
          route === "workbook" ? t.exportCsvAsWorkbook : t.exportCsvDone(CSV_FILE_NAME)
        );
      }
    });

  return { dialog, write, confirmName, cancelDialog: () => setDialog(undefined), exportAs };
}

/**
 * The CSV: a download, or where none can start (Office for Mac/iPad) the CSV's own rows opened as
 * a new workbook, so saved as CSV it has the download's columns (the changes' too). The CSV writer
 * (and the overview plan it reads) loads on this click, not at start-up.
 */
async function exportCsv(
  host: WorkbookHost,
  report: Report,
  lang: Lang,
  changes: Changes | undefined
): Promise<"workbook" | "download"> {
  const { overviewCsv, overviewCsvRows } = await import("../../core/overview");
  if (host.csvRoute?.() === "workbook") {
    if (host.exportCsvWorkbook) {
      await host.exportCsvWorkbook(overviewCsvRows(report.overview, lang, changes));
    } else await host.exportWorkbook(report, lang);
    return "workbook";
  }
  await host.saveText(CSV_FILE_NAME, overviewCsv(report.overview, lang, changes), CSV_MIME);
  return "download";
}
