// Fixes the user clicked: handed to the host (Excel writes them as one undo step; file mode keeps
// them for the downloaded copy), then one re-check, then what happened, in words. One fix, or a
// whole group at once ("Ret alle N af denne slags"): one host call, one re-check either way.
import type { CellFix } from "../../core/findings";
import type { Grid, Lang } from "../../core";
import type { FixOutcome, WorkbookHost } from "../../host/WorkbookHost";
import { shortCell } from "../components/FixButtons";
import { laterWords } from "../words/loadLater";
import type { LaterStrings } from "../words/later";
import type { Tasks } from "./useTasks";

export interface Fixes {
  applyFix: (fix: CellFix) => Promise<void>;
  applyAll: (fixes: CellFix[]) => Promise<void>;
}

function oneText(t: LaterStrings, fix: CellFix, outcome: FixOutcome): string {
  const cell = shortCell(fix);
  if (outcome.kind === "inCopy") return t.fixInCopy(cell, outcome.pending);
  return outcome.mayNotUndo ? t.fixWrittenMayNotUndo(cell) : t.fixWritten(cell);
}

function allText(t: LaterStrings, n: number, outcome: FixOutcome): string {
  if (outcome.kind === "inCopy") return t.fixAllInCopy(n, outcome.pending);
  return outcome.mayNotUndo ? t.fixAllWrittenMayNotUndo(n) : t.fixAllWritten(n);
}

export function useFixes(
  host: WorkbookHost,
  tasks: Tasks,
  lang: Lang,
  reload: () => Promise<Grid | undefined>
): Fixes {
  /** One host call, then one re-check, then the notice; the words load first. */
  const fixWith = (
    apply: () => Promise<FixOutcome>,
    text: (t: LaterStrings, o: FixOutcome) => string
  ) =>
    tasks.run("fix", async () => {
      // The words of what happened load first: a fix is never made without them.
      const t = await laterWords(lang);
      const outcome = await apply();
      // The fixed findings leave the list, once for the whole group; the resolved count says so.
      await reload();
      tasks.setNotice(text(t, outcome));
    });
  return {
    applyFix: (fix) =>
      fixWith(
        () => host.applyFix(fix),
        (t, o) => oneText(t, fix, o)
      ),
    applyAll: (fixes) =>
      fixWith(
        () => host.applyFixes(fixes),
        (t, o) => allText(t, fixes.length, o)
      ),
  };
}
