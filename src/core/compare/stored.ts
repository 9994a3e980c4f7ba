// Choosing the stored baseline among a workbook's custom XML parts (from the package, or from
// Office's customXmlParts): shared by the command, file mode and the add-in.
import { baselineFromXml, looksLikeBaseline, type BaselineParse } from "./baselineXml";

/** `unread`: the host could not read its stored parts (Excel on iPad, unsaved): nothing is known. */
export type StoredBaseline =
  { found: false; unread?: true } | ({ found: true; part: string } & BaselineParse);

/**
 * Our part among `parts` ([name or id, XML text]). Several of ours (an approval stored twice): the
 * most recently approved valid one. Only damaged ones: the first damage, for a clear message.
 */
export function pickStoredBaseline(parts: Iterable<[string, string]>): StoredBaseline {
  let best: StoredBaseline = { found: false };
  let damaged: StoredBaseline | undefined;
  for (const [part, xml] of parts) {
    if (!looksLikeBaseline(xml)) continue;
    const parsed = baselineFromXml(xml);
    if (!parsed.ok) {
      if (parsed.reason === "DAMAGED") damaged ??= { found: true, part, ...parsed };
      continue;
    }
    const prev = best.found && best.ok ? (best.baseline.approvedAt ?? "") : undefined;
    if (prev === undefined || (parsed.baseline.approvedAt ?? "") > prev) {
      best = { found: true, part, ...parsed };
    }
  }
  return best.found ? best : (damaged ?? best);
}
