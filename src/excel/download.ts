// A file offered as a download: a Blob behind a temporary <a download>, removed right after.

function offerBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next tick: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A text file (the CSV export). */
export async function downloadText(
  fileName: string,
  text: string,
  mimeType: string
): Promise<void> {
  offerBlob(fileName, new Blob([text], { type: mimeType }));
}

/** A binary file (the PDF report). */
export async function downloadBytes(
  fileName: string,
  bytes: Uint8Array,
  mimeType: string
): Promise<void> {
  offerBlob(fileName, new Blob([bytes.slice().buffer], { type: mimeType }));
}
