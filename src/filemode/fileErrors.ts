// What the package reader and writer throw, as HostErrors with typed facts (the file, the part,
// the sheet and cell), so the pane words them in its own language. Anything else is unexpected.
import { HostError } from "../host/HostError";
import { CellEditError, PackageError } from "../ooxml/base/errors";

export function fileHostError(e: unknown, file: string): HostError {
  if (e instanceof HostError) return e;
  if (e instanceof PackageError) {
    return new HostError("FILE_UNREADABLE", e.message, { file, package: e.problem() });
  }
  if (e instanceof CellEditError) {
    return new HostError("FIX_NOT_WRITTEN", e.message, { file, cellEdit: e.problem });
  }
  return new HostError("UNKNOWN", e instanceof Error ? e.message : String(e));
}
