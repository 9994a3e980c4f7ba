// Steps the scenarios share: open a workbook in file mode, run the check, catch a download.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";

export const SAMPLE_NAME = "eksempel-tryghedsplan-2026.xlsx";

/** The bundled sample's figures per year as the pane shows them (total, frame, leftover), once. */
export const SAMPLE_YEARS = {
  2026: ["2.447.000 kr.", "1.900.000 kr.", "-547.000 kr."],
  2027: ["506.000 kr.", "1.900.000 kr.", "1.394.000 kr."],
  2028: ["476.000 kr.", "1.900.000 kr.", "1.424.000 kr."],
};
/** The same figures on an English page. */
export const SAMPLE_YEARS_EN = { 2026: ["DKK 2,447,000", "DKK 1,900,000", "DKK -547,000"] };

/** Picks a file through the pane's file input (what "Åbn regneark…" opens). */
export async function chooseFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
}

/** Opens a file and waits until the pane runs on it. */
export async function openWorkbook(page: Page, path: string, name: string): Promise<void> {
  await chooseFile(page, path);
  await page.getByTestId("open-file-name").filter({ hasText: name }).waitFor();
}

/** Presses the check button and waits for the years (cards, or one table in a wide pane). */
export async function runCheck(page: Page, button = /^(Tjek budget|Check budget)$/): Promise<void> {
  const check = page.getByRole("button", { name: button });
  await check.waitFor();
  await check.click();
  await page.locator('[aria-labelledby^="year-"], [data-testid="year-table"]').first().waitFor();
}

/** The three figures (total, frame, leftover) of a year's card, as shown. */
export async function yearFigures(page: Page, year: number): Promise<string[]> {
  const card = page.locator(`[aria-labelledby="year-${year}"] dd`);
  if ((await card.count()) > 0) return card.allInnerTexts();
  // A pane wider than 500 px shows one table: total, frame, leftover (a compare year: total only).
  const cells = await page.locator(`[data-testid="year-table"] tr[data-year="${year}"] td`);
  return (await cells.allInnerTexts()).slice(0, 3).filter((text) => text !== "");
}

/** Clicks `trigger` and returns the downloaded file's name and bytes. */
export async function download(
  page: Page,
  trigger: Locator
): Promise<{ fileName: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const path = await d.path();
  return { fileName: d.suggestedFilename(), bytes: await readFile(path) };
}

/**
 * Records, in the page, when `predicate` (JS source of a function of no arguments) first holds,
 * in ms since navigation start, watching DOM mutations: polling from outside would add latency.
 */
export function firstPaintProbe(predicate: string): string {
  return `(() => {
    const ready = ${predicate};
    const done = () => {
      if (window.__paneReadyAt === undefined && ready()) {
        window.__paneReadyAt = performance.now();
        return true;
      }
      return false;
    };
    const start = () => {
      if (done()) return;
      const mo = new MutationObserver(() => { if (done()) mo.disconnect(); });
      mo.observe(document, { childList: true, subtree: true, characterData: true });
    };
    start();
  })();`;
}

/** Waits for the probe and returns its time (ms from navigation start). */
export async function paneReadyAt(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as { __paneReadyAt?: number }).__paneReadyAt !== undefined
  );
  return page.evaluate(() => (window as { __paneReadyAt?: number }).__paneReadyAt as number);
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
