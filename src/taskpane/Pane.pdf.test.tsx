/** @jest-environment jsdom */
// "Hent rapport (PDF)": the real renderer (src/pdf with pdfmake, as boot hands it in) makes the
// bytes; the host gets them with the report's file name and the PDF type.
import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeHost } from "../../tests/doubles/fakeHost";
import { notABudgetGrid, planGrid } from "../../tests/doubles/testGrids";
import { renderPdf } from "../boot/renderPdf";
import { App } from "./App";
import { TextDecoder, TextEncoder } from "util";

// Every browser has these; jsdom does not (pdfmake encodes text with TextEncoder).
Object.assign(globalThis, { TextEncoder, TextDecoder });

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

const settings = { version: 1, planYear: 2026, autoRecheck: false };

function open(host: FakeHost) {
  const user = userEvent.setup();
  render(<App host={host} lang="da" dark={false} currentYear={2026} renderPdf={renderPdf} />);
  return user;
}

describe("PDF report button", () => {
  test("renders the report and hands the PDF to the host as budgetrapport-2026.pdf", async () => {
    const host = new FakeHost({ sheets: [planGrid()], settings, title: "Tryghedsplan 2026.xlsx" });
    const user = open(host);
    await screen.findByRole("heading", { name: "Resultat" });
    const button = screen.getByRole("button", { name: "Hent rapport (PDF)" });
    expect(button).toBeEnabled();
    await user.click(button);
    await screen.findByText("Rapporten budgetrapport-2026.pdf er klar.");
    const calls = host.callsOf("saveFile");
    expect(calls).toHaveLength(1);
    const [name, bytes, type] = calls[0] as [string, Uint8Array, string];
    expect(name).toBe("budgetrapport-2026.pdf");
    expect(type).toBe("application/pdf");
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  test("is disabled while there is no report (no budget table on the sheet)", async () => {
    const host = new FakeHost({ sheets: [notABudgetGrid()], settings });
    const user = open(host);
    const check = await screen.findByRole("button", { name: "Tjek budget" });
    await waitFor(() => expect(check).toBeEnabled());
    await user.click(check);
    await screen.findByText("Ingen budgettabel fundet");
    expect(screen.getByRole("button", { name: "Hent rapport (PDF)" })).toBeDisabled();
    expect(host.callsOf("saveFile")).toHaveLength(0);
  });

  test("where the pane cannot download (Excel for Mac/iPad), it says so and hands nothing over", async () => {
    const host = new FakeHost({ sheets: [planGrid()], settings });
    host.csvRoute = () => "workbook";
    const user = open(host);
    await screen.findByRole("heading", { name: "Resultat" });
    await user.click(screen.getByRole("button", { name: "Hent rapport (PDF)" }));
    await screen.findByText(/^Excel til Mac og iPad kan ikke hente filer fra ruden/);
    expect(host.callsOf("saveFile")).toHaveLength(0);
  });
});
