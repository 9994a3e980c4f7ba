// Changes since the approved plan in the pane: the baseline stored in the workbook (read once per
// host), or another workbook file the user picks; the comparison with the report shown; and
// "Godkend som grundlag", which stores the checked plan (with the approval history) as the new one.
import { useEffect, useMemo, useState } from "react";
import { approve, danishDate, isoDay, type Baseline } from "../../core/compare";
import { compare, type Changes } from "../../core/compare";
import type { StoredBaseline } from "../../core/compare";
import type { Lang, Report, Settings } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { strings } from "../strings";
import { baselineFromFile, type OtherFileBaseline } from "../compareFile";
import type { Tasks } from "./useTasks";

export type ReadOtherFileBaseline = (
  name: string,
  data: ArrayBuffer,
  s: Settings
) => Promise<OtherFileBaseline>;

export interface BaselineState {
  /** The host keeps a baseline (Office, file mode): the pane shows the section. */
  available: boolean;
  /** The host can store an approval (Office with ExcelApi 1.5 decides when saving). */
  canApprove: boolean;
  stored: StoredBaseline | undefined;
  /** Set while comparing with a picked file instead of the stored baseline. */
  fileName: string | undefined;
  /** File mode, after approving: the downloaded copy that holds the baseline (the file is unchanged). */
  savedCopy: string | undefined;
  changes: Changes | undefined;
  /** The changes for a report (the one shown: the memo; another, e.g. read for a write: compared now). */
  changesFor: (r: Report) => Changes | undefined;
  approveNow: () => void;
  compareWithFile: (file: File) => void;
  /** Why the file picked to compare with could not be used (shown in the section). */
  compareProblem: string | undefined;
  backToStored: () => void;
}

export function useBaseline(
  host: WorkbookHost,
  report: Report | undefined,
  settings: Settings,
  lang: Lang,
  tasks: Tasks,
  deps: { now?: () => Date; readFile?: ReadOtherFileBaseline } = {}
): BaselineState {
  const w = strings[lang];
  const [stored, setStored] = useState<StoredBaseline>();
  const [picked, setPicked] = useState<{ baseline: Baseline; fileName: string }>();
  const [compareProblem, setCompareProblem] = useState<string>();
  const [savedCopy, setSavedCopy] = useState<string>();
  const { reportError } = tasks;

  useEffect(() => {
    if (!host.readBaseline) return;
    let live = true;
    host.readBaseline().then((s) => live && setStored(s), reportError);
    return () => {
      live = false;
    };
  }, [host, reportError]);

  const storedBaseline = stored?.found && stored.ok ? stored.baseline : undefined;
  const baseline = picked?.baseline ?? storedBaseline;
  const changes = useMemo(
    () => (baseline && report ? compare(baseline, report) : undefined),
    [baseline, report]
  );

  const approveNow = () =>
    void tasks.run("write", async () => {
      if (!report || !host.saveBaseline) return;
      const next = approve(report, isoDay((deps.now ?? (() => new Date()))()), storedBaseline);
      const saved = await host.saveBaseline(next);
      setStored({ found: true, ok: true, part: "", baseline: next });
      setSavedCopy(saved.fileName);
      setPicked(undefined);
      const day = danishDate(next.approvedAt ?? "");
      tasks.setNotice(saved.fileName ? w.approvedFile(day, saved.fileName) : w.approvedAs(day));
    });

  const compareWithFile = (file: File) =>
    void tasks.run("check", async () => {
      setCompareProblem(undefined);
      const read = deps.readFile ?? baselineFromFile;
      const r = await read(file.name, await file.arrayBuffer(), settings);
      if (!r.ok) {
        // Said in the changes section, beside the button that picked the file.
        setCompareProblem(
          r.reason === "NO_TABLE"
            ? w.fileNoTable(file.name)
            : w.fileUnreadable(file.name, r.problem)
        );
        return;
      }
      setPicked({ baseline: r.baseline, fileName: file.name });
    });

  return {
    available: host.readBaseline !== undefined || picked !== undefined,
    canApprove: host.saveBaseline !== undefined && report !== undefined,
    stored,
    fileName: picked?.fileName,
    savedCopy,
    changes,
    changesFor: (r) => (r === report ? changes : baseline && compare(baseline, r)),
    approveNow,
    compareWithFile,
    compareProblem,
    backToStored: () => {
      setPicked(undefined);
      setCompareProblem(undefined);
    },
  };
}
