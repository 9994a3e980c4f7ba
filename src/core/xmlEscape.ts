// The markup characters every XML writer here escapes: the baseline part (core/compare/xml.ts)
// and the package parts we write (ooxml/write/xml.ts). Each adds its own rule for the rest: the baseline
// keeps line breaks and tabs in attributes as references; package text drops the control
// characters XML 1.0 cannot hold.

/** &, <, > and " as entity references (safe in text and in double-quoted attributes). */
export function escapeMarkup(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
