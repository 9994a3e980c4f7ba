// A fix the user clicked: handed to the host (Excel writes the cell as one undo step; file mode
// keeps it for the downloaded copy), then the automatic re-check, then what happened, in words.
import type { CellFix } from "../../core/findings";
import type { Grid } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { shortCell } from "../components/FixButtons";
import type { UiStrings } from "../strings";
import type { Tasks } from "./useTasks";

export function useFixes(
  host: WorkbookHost,
  tasks: Tasks,
  t: UiStrings,
  reload: () => Promise<Grid | undefined>
): (fix: CellFix) => Promise<void> {
  return (fix) =>
    tasks.run("fix", async () => {
      const outcome = await host.applyFix(fix);
      // The fixed finding leaves the list; the resolved count says so.
      await reload();
      const cell = shortCell(fix);
      tasks.setNotice(
        outcome.kind === "written"
          ? outcome.mayNotUndo
            ? t.fixWrittenMayNotUndo(cell)
            : t.fixWritten(cell)
          : t.fixInCopy(cell, outcome.pending)
      );
    });
}
