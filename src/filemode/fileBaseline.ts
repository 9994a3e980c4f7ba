// File mode's approved baseline: read from the opened file's custom XML parts; "Godkend som
// grundlag" downloads a copy of the file as opened with the baseline stored in it (the file itself
// is never overwritten). The package writer is loaded on first use, as for Skriv oversigt.
import type { Baseline } from "../core/compare";
import { baselineToXml } from "../core/compare";
import type { StoredBaseline } from "../core/compare";
import type { BaselineSaved, WorkbookHost } from "../host/WorkbookHost";
import { readStoredBaseline } from "../ooxml/read/baselinePart";
import { downloadBlob } from "../host/download";
import { WORKBOOK_MIME, baseName } from "./baseName";
import { fileHostError } from "./fileErrors";

/** The host with readBaseline/saveBaseline (the contract's optional methods) on the opened file. */
export function withBaseline<H extends { fileName: string }>(
  host: H,
  original: Uint8Array,
  download?: (fileName: string, blob: Blob) => void
): H {
  return Object.assign(host, fileBaselineMethods(host.fileName, original, download));
}

function fileBaselineMethods(
  fileName: string,
  original: Uint8Array,
  download: (fileName: string, blob: Blob) => void = downloadBlob
): Required<Pick<WorkbookHost, "readBaseline" | "saveBaseline">> {
  return {
    readBaseline: async (): Promise<StoredBaseline> => {
      try {
        return readStoredBaseline(original);
      } catch (e) {
        // The workbook opened; a part we cannot inflate is a damaged baseline, not a broken file.
        const detail = e instanceof Error ? e.message : String(e);
        return { found: true, ok: false, reason: "DAMAGED", part: "customXml", detail };
      }
    },
    saveBaseline: async (baseline: Baseline): Promise<BaselineSaved> => {
      let bytes: Uint8Array;
      try {
        const { setCustomXmlPartInCopy } = await import(
          /* webpackChunkName: "ooxml-write" */ "../ooxml/write/customXml"
        );
        bytes = setCustomXmlPartInCopy(original, baselineToXml(baseline));
      } catch (e) {
        throw fileHostError(e, fileName);
      }
      const ext = /\.xlsm$/i.test(fileName) ? "xlsm" : "xlsx";
      const out = `${baseName(fileName)}-godkendt.${ext}`;
      download(out, new Blob([bytes.slice().buffer], { type: WORKBOOK_MIME[ext] }));
      return { fileName: out };
    },
  };
}
