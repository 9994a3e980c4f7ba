import { zipSync, strToU8, strFromU8 } from "fflate";
import { crc32, openZip, partKey, sniffContainer, ZipError } from "../../src/ooxml/base/zip";
import { buildZip, zeroBomb } from "./zipFixtures";

function zipError(fn: () => unknown): ZipError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error("expected a ZipError");
}

const CFB_HEAD = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("openZip", () => {
  it("reads entries written by fflate, deflated and stored, and finds names loosely", () => {
    const bytes = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": [strToU8("<workbook>æøå</workbook>"), { level: 0 }],
    });
    const zip = openZip(bytes);
    expect(zip.entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/workbook.xml"]);
    expect(zip.readText(zip.get("/XL\\Workbook.xml")!)).toBe("<workbook>æøå</workbook>");
    expect(zip.inflatedBytes).toBe(strToU8("<workbook>æøå</workbook>").length);
  });

  it("inflates nothing until asked, and hands out the stored bytes unchanged", () => {
    const text = "<sheetData>" + "<row/>".repeat(1000) + "</sheetData>";
    const zip = openZip(zipSync({ "a.xml": strToU8(text) }));
    expect(zip.inflatedBytes).toBe(0);
    const raw = zip.raw(zip.get("a.xml")!);
    expect(raw.length).toBe(zip.get("a.xml")!.compressedSize);
    expect(raw.length).toBeLessThan(text.length);
    expect(strFromU8(zip.read(zip.get("a.xml")!))).toBe(text);
  });

  it("streams a part in chunks", () => {
    let seed = 7;
    const words = Array.from({ length: 200_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed.toString(36);
    });
    const text = words.join(" ");
    const zip = openZip(zipSync({ "big.xml": strToU8(text) }));
    const chunks: number[] = [];
    zip.stream(zip.get("big.xml")!, (c) => chunks.push(c.length));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(text.length);
  });

  it("tells apart a non-zip, an encrypted Office file and an old .xls", () => {
    expect(zipError(() => openZip(strToU8("a;b;c\n1;2;3"))).kind).toBe("NOT_ZIP");
    const enc = new Uint8Array(2048);
    enc.set(CFB_HEAD);
    enc.set(strToU8("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"), 1024);
    expect(zipError(() => openZip(enc)).kind).toBe("ENCRYPTED");
    const xls = new Uint8Array(2048);
    xls.set(CFB_HEAD);
    expect(zipError(() => openZip(xls)).kind).toBe("CFB");
    expect(sniffContainer(new Uint8Array())).toBe("other");
  });

  it("calls a cut-off zip truncated, both at its directory and inside a part", () => {
    const bytes = zipSync({ "a.xml": strToU8("<a>" + "b".repeat(5000) + "</a>") });
    expect(zipError(() => openZip(bytes.subarray(0, bytes.length - 30))).kind).toBe("TRUNCATED");
    const cut = buildZip([{ name: "a.xml", data: "<a>" + "hello ".repeat(2000) + "</a>" }]);
    const zip = openZip(cut);
    const e = zip.get("a.xml")!;
    // Keep the directory but claim the part is longer than the bytes that are there.
    const liar = buildZip([
      { name: "a.xml", compressed: zip.raw(e).subarray(0, 20), size: e.size },
    ]);
    const err = zipError(() => openZip(liar).read(openZip(liar).get("a.xml")!));
    expect(err.kind).toBe("TRUNCATED");
    expect(err.part).toBe("a.xml");
  });

  it("lets a consumer's own error pass through unchanged", () => {
    const zip = openZip(zipSync({ a: strToU8("<a/>".repeat(100)) }));
    const mine = new Error("stop here");
    expect(() =>
      zip.stream(zip.get("a")!, () => {
        throw mine;
      })
    ).toThrow(mine);
  });

  it("reads a part with a wrong checksum, as LibreOffice does", () => {
    const bad = buildZip([{ name: "a.xml", data: "<a/>", crc: 12345 }]);
    expect(openZip(bad).readText(openZip(bad).get("a.xml")!)).toBe("<a/>");
  });

  it("refuses per-entry encryption and unknown compression as unsupported", () => {
    const enc = buildZip([{ name: "a.xml", data: "<a/>", flags: 1 }]);
    expect(zipError(() => openZip(enc).read(openZip(enc).get("a.xml")!)).kind).toBe("UNSUPPORTED");
    const lzma = buildZip([{ name: "a.xml", data: "<a/>", method: 14, compressed: strToU8("?") }]);
    expect(zipError(() => openZip(lzma).read(openZip(lzma).get("a.xml")!)).kind).toBe(
      "UNSUPPORTED"
    );
  });

  it("refuses too many entries, naming the limit", () => {
    const many = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, data: "" })));
    const err = zipError(() => openZip(many, { maxEntries: 20 }));
    expect(err.kind).toBe("LIMIT");
    expect(err.limit).toEqual({ name: "entries", value: 20 });
  });

  it("counts the total over the parts it inflates", () => {
    const bytes = zipSync({ a: new Uint8Array(600), b: new Uint8Array(600) });
    const zip = openZip(bytes, { maxTotalBytes: 1000 });
    zip.read(zip.get("a")!);
    const err = zipError(() => zip.read(zip.get("b")!));
    expect(err).toMatchObject({ kind: "LIMIT", part: "b", limit: { name: "total", value: 1000 } });
  });
});

describe("zip bombs (made here, at test time)", () => {
  // 2 MB of deflate that inflates to ~330 MB of zeros.
  const bomb = zeroBomb(1_280_000);

  it("the fixture really is a bomb", () => {
    expect(bomb.compressed.length).toBeLessThan(2.1 * 1024 * 1024);
    expect(bomb.size).toBeGreaterThan(300 * 1024 * 1024);
  });

  it("refuses an honest bomb from its declared size, before inflating", () => {
    const bytes = buildZip([
      { name: "xl/worksheets/sheet1.xml", compressed: bomb.compressed, size: bomb.size },
    ]);
    const zip = openZip(bytes);
    const err = zipError(() => zip.read(zip.get("xl/worksheets/sheet1.xml")!));
    expect(err).toMatchObject({ kind: "LIMIT", limit: { name: "part", value: 100 * 1024 * 1024 } });
    expect(zip.inflatedBytes).toBe(0);
  });

  it("stops a bomb that lies about its size as soon as it outgrows the lie", () => {
    const bytes = buildZip([{ name: "s.xml", compressed: bomb.compressed, size: 1000, crc: 0 }]);
    const zip = openZip(bytes);
    const heapBefore = process.memoryUsage().rss;
    let seen = 0;
    const err = zipError(() => zip.stream(zip.get("s.xml")!, (c) => (seen += c.length)));
    expect(err).toMatchObject({ kind: "CORRUPT", part: "s.xml" });
    expect(seen).toBeLessThanOrEqual(1000);
    // It stopped at the first inflate step past the lie: the work done, not the wall clock, which
    // a loaded machine stretches (this was a 1 s timing and failed under load at 1,125 ms).
    expect(zip.inflatedBytes).toBeLessThan(20 * 1024 * 1024);
    // One inflate step yields at most ~17 MB; nothing near the 330 MB the bomb holds.
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses many directory entries pointing at one bomb through the total limit", () => {
    const part = zeroBomb(200_000); // ~52 MB each
    const one = buildZip([{ name: "a", compressed: part.compressed, size: part.size, crc: 0 }]);
    const zip = openZip(one, { maxTotalBytes: 60 * 1024 * 1024 });
    // Inflating it once is within limits; the second time would pass the total.
    zip.stream(zip.get("a")!, () => undefined);
    expect(zip.inflatedBytes).toBe(part.size);
    const err = zipError(() => zip.stream(zip.get("a")!, () => undefined));
    expect(err).toMatchObject({ kind: "LIMIT", limit: { name: "total" } });
  });
});

describe("helpers", () => {
  it("readText drops a byte-order mark", () => {
    const zip = openZip(zipSync({ a: strToU8("\ufeff<a/>") }));
    expect(zip.readText(zip.get("a")!)).toBe("<a/>");
  });
  it("crc32 matches the known value and continues across chunks", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(strToU8("6789"), crc32(strToU8("12345")))).toBe(0xcbf43926);
  });
  it("partKey folds slashes and case", () => {
    expect(partKey("/XL\\Worksheets\\Sheet1.XML")).toBe("xl/worksheets/sheet1.xml");
  });
});
