// The bar chart of total against frame per year, drawn with pdfmake's canvas (vector, no image):
// a bar per year for the total and a dashed line for the frame across it. Over-frame years also
// say so in words under their bar, so the chart never relies on colour alone.
import { outputLabelsFor } from "../core/words";
import type { CanvasElement, Content } from "pdfmake/interfaces";
import { yearStatusText } from "../core/words";
import { formatKr, minus } from "../core";
import type { Lang, YearSummary } from "../core";
import { PDF_WORDS } from "./words";

const HEIGHT = 110;
const DARK = "#1f4e79";
const OVER = "#a4262c";
const LIGHT = "#9fb7cf";

/** A year's status in words (compare-only, over the frame by how much, or within), for the table and the chart. */
export function yearStatus(
  y: YearSummary,
  lang: Lang
): { text: string; italics?: boolean; bold?: boolean; color?: string } {
  const L = outputLabelsFor(lang);
  if (y.compareOnly) return { text: L.compareOnly, italics: true };
  // Uncertain (unread amounts, a doubted unit): said in words, bold, never "within".
  if (y.status === "uncertain") return { text: yearStatusText(y, lang), bold: true };
  // Two units on the sheet: over or within in each, said with the smallest margin ("mindst").
  if (y.margin !== undefined) {
    return y.overFrame
      ? { text: yearStatusText(y, lang), bold: true, color: OVER }
      : { text: yearStatusText(y, lang) };
  }
  if (!y.overFrame) return { text: L.withinFrame };
  return { text: L.overFrameBy(formatKr(minus(y.total, y.frame), lang)), bold: true, color: OVER };
}

export function yearChart(years: YearSummary[], lang: Lang, width: number): Content {
  const w = PDF_WORDS[lang];
  if (years.length === 0) return { text: "" };
  const max = Math.max(1, ...years.map((y) => Math.max(y.total, y.frame)));
  const slot = width / years.length;
  const bar = Math.min(60, slot * 0.5);
  const scale = (v: number): number => (Math.max(0, v) / max) * HEIGHT;
  const shapes: CanvasElement[] = [
    { type: "line", x1: 0, y1: HEIGHT, x2: width, y2: HEIGHT, lineWidth: 0.7, lineColor: "#666" },
  ];
  years.forEach((y, i) => {
    const x = i * slot + (slot - bar) / 2;
    const h = scale(y.total);
    const color = y.compareOnly ? LIGHT : y.overFrame ? OVER : DARK;
    shapes.push({ type: "rect", x, y: HEIGHT - h, w: bar, h, color });
    const fy = HEIGHT - scale(y.frame);
    shapes.push({
      type: "line",
      x1: x - 8,
      y1: fy,
      x2: x + bar + 8,
      y2: fy,
      lineWidth: 1.5,
      dash: { length: 3 },
      lineColor: "#000",
    });
  });
  const labels: Content = {
    columns: years.map((y) => ({
      width: slot,
      alignment: "center",
      fontSize: 8,
      text: [
        { text: `${y.year}\n`, bold: true },
        `${formatKr(y.total, lang)}\n`,
        yearStatus(y, lang),
      ],
    })),
  };
  return {
    stack: [
      { text: outputLabelsFor(lang).totalAndFrame, style: "h2" },
      { canvas: shapes },
      labels,
      {
        text: w.legend,
        fontSize: 8,
        color: "#444",
        margin: [0, 4, 0, 0],
      },
    ],
    unbreakable: true,
  };
}
