/** @jest-environment jsdom */
import { downloadText } from "./download";

describe("downloadText", () => {
  it("offers the text as a file through a temporary link", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return "blob:budgettjek/1";
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: { href: string; download: string; inDom: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        inDom: document.body.contains(this),
      });
    });
    jest.useFakeTimers();
    await downloadText("budgetoversigt.csv", "\uFEFFNr.;Aktivitet", "text/csv;charset=utf-8");
    expect(clicked).toEqual([
      { href: "blob:budgettjek/1", download: "budgetoversigt.csv", inDom: true },
    ]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:budgettjek/1");
    jest.useRealTimers();
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]);
    });
    // UTF-8 with the BOM kept (Danish Excel needs it to open the CSV as UTF-8).
    expect(Buffer.from(bytes)).toEqual(Buffer.from("\uFEFFNr.;Aktivitet", "utf8"));
    expect([...new Uint8Array(bytes).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
