import { footerDate, oddFooterText, overviewPageSetup, pageFooter } from "./overviewPageSetup";

describe("overviewPageSetup", () => {
  it("prints landscape A4, one page wide, the table header on every page", () => {
    const s = overviewPageSetup("Budgetoversigt", 2026, 10, "da");
    expect(s).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 10, last: 10 },
      titleRowsRef: "$11:$11",
      printTitlesRef: "Budgetoversigt!$11:$11",
      planName: "Tryghedsplan 2026",
    });
  });

  it("quotes a sheet name with a space in the print-titles reference", () => {
    expect(overviewPageSetup("Budget overview 2", 2027, 4, "en").printTitlesRef).toBe(
      "'Budget overview 2'!$5:$5"
    );
  });

  it("footer: plan name, the date written, Side &P af &N (Danish) / Page &P of &N", () => {
    const written = new Date(2026, 10, 3, 23, 59);
    expect(pageFooter(overviewPageSetup("B", 2026, 10, "da"), written)).toEqual({
      left: "Tryghedsplan 2026",
      center: "Skrevet 03-11-2026",
      right: "Side &P af &N",
    });
    const en = overviewPageSetup("B", 2026, 10, "en");
    expect(oddFooterText(en, written)).toBe(
      "&LSafety plan 2026&CWritten 03-11-2026&RPage &P of &N"
    );
  });

  it("doubles & in literal footer text, so it is not read as a code", () => {
    const s = { ...overviewPageSetup("B", 2026, 10, "da"), planName: "Tryghed & trivsel" };
    expect(pageFooter(s, new Date(2026, 0, 1)).left).toBe("Tryghed && trivsel");
  });

  it("dates from the local calendar day", () => {
    expect(footerDate(new Date(2027, 0, 9))).toBe("09-01-2027");
  });
});
