// Reading .xlsx packages (zip + XML), shared by the command and file mode. No Node I/O.
export { openWorkbookPackage, WorkbookPackage } from "./read/package";
export type { DefinedName, SheetInfo, SheetRead } from "./read/package";
export { PackageError } from "./base/errors";
export type { PackageErrorCode } from "./base/errors";
export { DEFAULT_ZIP_LIMITS } from "./base/zip";
export type { ZipLimits } from "./base/zip";
export { packageErrorText } from "./read/messages";
export {
  findBudgetSheetInPackage,
  packageFacts,
  nameTarget,
  sheetsAsShown,
} from "./read/findSheet";
export type { PackageSheetChoice } from "./read/findSheet";
