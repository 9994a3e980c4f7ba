// Which of the pane's file messages answers each way the package reader refuses a file.
import type { PackageErrorCode } from "../ooxml";
import type { FileOpenErrorCode } from "./openFile";

export const FILE_CODE: Record<PackageErrorCode, FileOpenErrorCode> = {
  NOT_ZIP: "NOT_XLSX",
  XLS: "NOT_XLSX",
  XLSB: "NOT_XLSX",
  ODS: "NOT_XLSX",
  OTHER_OFFICE: "NOT_XLSX",
  NO_WORKBOOK: "NOT_XLSX",
  ENCRYPTED: "ENCRYPTED",
  LIMIT: "TOO_LARGE",
  UNSAFE_XML: "UNSAFE",
  TRUNCATED: "CORRUPT",
  BAD_XML: "CORRUPT",
  CORRUPT: "CORRUPT",
  UNSUPPORTED: "CORRUPT",
  // Only a written copy is checked this way; a file being opened cannot fail so.
  COPY_INVALID: "CORRUPT",
};
