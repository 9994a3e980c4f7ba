// The English labels of the outputs made on request: the same keys as da.ts.
import type { OutputOnlyLabels } from "../outputLabels";

export const outputEn: OutputOnlyLabels = {
  overviewTitle: (planYear) => `Budget overview – safety plan ${planYear}`,
  checkedSheet: "Sheet checked",
  activityCount: (n, outsideFrame = 0) =>
    `${n} ${n === 1 ? "activity" : "activities"}` +
    (outsideFrame > 0 ? ` + ${outsideFrame} outside the frame` : ""),
  totalPerFocusArea: "Total per focus area",
  noFocusArea: "No focus area",
  outsideFrameTotal: "Total outside the frame (not in the frame's total)",
  outsideFrameSummary: (amounts: string, rows: string) =>
    `Outside the frame, not counted in the total: ${amounts} (${rows}).`,
  yes: "Yes",
  no: "No",
  perYear: "Per year",
  totalAndFrame: "Total and frame per year",
  date: "Date",
  /** The plan year the command was given with --plan-year (the other shells: "settings"). */
  planYearOption: "given with --plan-year",
  noRemarks: "No remarks.",
  severityGroup: { error: "Errors", warning: "Warnings", info: "Notes" },
  changes: {
    title: "Changes since approval",
    titleAt: (date) => `Changes since approval ${date}`,
    approved: "Approved",
    now: "Now",
    change: "Change",
    leftoverNow: "Leftover now",
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    activitiesChanged: (n) => `${n} ${n === 1 ? "activity" : "activities"} changed`,
    was: (name) => `was "${name}"`,
    renamed: "renamed",
    newFindings: "New findings",
    resolvedFindings: "Resolved findings",
    none: "No changes since approval.",
    stored: (date) => `Comparing with the baseline approved ${date}, stored in the workbook.`,
    storedNoDate: "Comparing with the baseline stored in the workbook.",
    file: (file, sheet) => `Approved version: ${file}, sheet "${sheet}".`,
    damaged: (detail) =>
      `The baseline stored in the workbook is damaged and not used (${detail}); the check runs without comparison.`,
    otherPlanYear: (approved, now, years) =>
      `Warning: the approved baseline is for plan year ${approved}, this is plan year ${now}; only the common years (${years}) are compared.`,
  },
};
