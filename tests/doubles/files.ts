// A file the user picks, as the tests hand it to file mode: a File of the given bytes, with the
// arrayBuffer() that browsers have and jsdom's File may lack; and the bytes as an ArrayBuffer of
// their own, as file mode reads them.
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Exactly these bytes as an ArrayBuffer (not the whole buffer a view may share). */
export const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A picked file; `type` as the browser would guess it from the name. */
export function fileOf(bytes: Uint8Array, name: string, type = "application/octet-stream"): File {
  const file = new File([bytes as BlobPart], name, { type });
  if (typeof file.arrayBuffer !== "function") {
    Object.defineProperty(file, "arrayBuffer", { value: async () => arrayBufferOf(bytes) });
  }
  return file;
}
