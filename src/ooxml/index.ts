// Reading .xlsx packages (zip + XML), shared by the command and file mode. No Node I/O.
export { openWorkbookPackage, WorkbookPackage } from "./package";
export type { DefinedName, SheetInfo, SheetRead } from "./package";
export { PackageError } from "./errors";
export type { PackageErrorCode } from "./errors";
export { DEFAULT_ZIP_LIMITS } from "./zip";
export type { ZipLimits } from "./zip";
export { packageErrorText } from "./messages";
export { findBudgetSheetInPackage, packageFacts, nameTarget } from "./findSheet";
export type { PackageSheetChoice } from "./findSheet";
