// Changes since the approved plan in the pane: the baseline stored in the workbook (read once per
// host), or another workbook file the user picks; the comparison with the report shown; and
// "Godkend som grundlag", which stores the checked plan (with the approval history) as the new one.
// The comparison (core/compare, with the baseline's schema) loads after the first answer, in the
// changes section's chunk: nothing here is needed to show the first answer.
import { useEffect, useMemo, useState } from "react";
import type { Baseline, Changes, StoredBaseline } from "../../core/compare";
import type { Lang, Report, Settings } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { baselineFromFile, type OtherFileBaseline } from "../compareFile";
import type { Tasks } from "./useTasks";

type CompareRoom = typeof import("../../core/compare");

/** core/compare, fetched once with the changes section (same chunk name: one request). */
const loadCompare = (): Promise<CompareRoom> =>
  import(/* webpackChunkName: "changes" */ "../../core/compare");

/** What approving or comparing reports, in words that come with the same chunk. */
const loadWords = async (lang: Lang) =>
  (await import(/* webpackChunkName: "changes" */ "../words/changes")).changesStrings[lang];

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

/**
 * The stored baseline and the comparison's code (`room`), both fetched once per host when the first
 * answer is shown: neither the read nor its code delays that answer. A baseline in state always has
 * its room: whoever sets one sets the room first or with it.
 */
function useStoredBaseline(
  host: WorkbookHost,
  report: Report | undefined,
  reportError: (e: unknown) => void
) {
  const [stored, setStored] = useState<StoredBaseline>();
  const [room, setRoom] = useState<CompareRoom>();
  // Latched on the first answer, so a re-check or a sheet without a table does not read again.
  const [answered, setAnswered] = useState(false);
  if (report !== undefined && !answered) setAnswered(true);

  useEffect(() => {
    if (!host.readBaseline || !answered) return;
    let live = true;
    Promise.all([loadCompare(), host.readBaseline()]).then(([r, s]) => {
      if (!live) return;
      setRoom(r);
      setStored(s);
    }, reportError);
    return () => {
      live = false;
    };
  }, [host, reportError, answered]);
  return { stored, setStored, room, setRoom };
}

export function useBaseline(
  host: WorkbookHost,
  report: Report | undefined,
  settings: Settings,
  lang: Lang,
  tasks: Tasks,
  deps: { now?: () => Date; readFile?: ReadOtherFileBaseline } = {}
): BaselineState {
  const { stored, setStored, room, setRoom } = useStoredBaseline(host, report, tasks.reportError);
  const [picked, setPicked] = useState<{ baseline: Baseline; fileName: string }>();
  const [compareProblem, setCompareProblem] = useState<string>();
  const [savedCopy, setSavedCopy] = useState<string>();

  const storedBaseline = stored?.found && stored.ok ? stored.baseline : undefined;
  const baseline = picked?.baseline ?? storedBaseline;
  const changes = useMemo(
    () => (room && baseline && report ? room.compare(baseline, report) : undefined),
    [room, baseline, report]
  );

  const approveNow = () =>
    void tasks.run("write", async () => {
      if (!report || !host.saveBaseline) return;
      const [loaded, w] = await Promise.all([loadCompare(), loadWords(lang)]);
      const { approve, danishDate, isoDay } = loaded;
      const next = approve(report, isoDay((deps.now ?? (() => new Date()))()), storedBaseline);
      const saved = await host.saveBaseline(next);
      setRoom(loaded);
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
      const [r, loaded, w] = await Promise.all([
        read(file.name, await file.arrayBuffer(), settings),
        loadCompare(),
        loadWords(lang),
      ]);
      setRoom(loaded);
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
    changesFor: (r) => (r === report ? changes : baseline && room?.compare(baseline, r)),
    approveNow,
    compareWithFile,
    compareProblem,
    backToStored: () => {
      setPicked(undefined);
      setCompareProblem(undefined);
    },
  };
}
