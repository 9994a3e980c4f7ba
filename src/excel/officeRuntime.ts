// The few globals the shell needs from office.js, behind one seam: the Office host uses the real
// `Excel`/`Office`, tests pass the stand-in (tests/office/standIn.ts) that keeps the same rules.

export interface RunOptions {
  /** ExcelApi 1.20: every sync of this run is one undo step. */
  mergeUndoGroup?: boolean;
}

export interface OfficeRuntime {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** Runs a batch on an existing request context (needed to remove an event handler). */
  runInContext<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  supports(version: string): boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8), when the host has it. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** The document's URL or path, when Office tells it (a fallback for the workbook title). */
  documentUrl(): string | undefined;
  /** Office.context.diagnostics.platform: "PC", "Mac", "iOS", "OfficeOnline", … */
  platform?(): string | undefined;
}

/** The real office.js globals. Only call after Office.onReady. */
export function officeRuntime(): OfficeRuntime {
  return {
    run: (batch, options) =>
      options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch),
    runInContext: (context, batch) => Excel.run(context, batch),
    supports: (version) =>
      Boolean(Office.context.requirements?.isSetSupported("ExcelApi", version)),
    createWorkbook:
      typeof Excel.createWorkbook === "function"
        ? (base64: string) => Excel.createWorkbook(base64)
        : undefined,
    documentUrl: () => Office.context.document?.url || undefined,
    // Office.ContextInformation.platform (learn.microsoft.com/javascript/api/office/office.contextinformation).
    platform: () => String(Office.context.diagnostics?.platform ?? "") || undefined,
  };
}
