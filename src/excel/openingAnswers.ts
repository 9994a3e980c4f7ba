// The pane's start-up calls (settings, sheets, active sheet, title, the chosen sheet's grid, its
// overview status, its change handler) answered from the one opening batch (officeOpen.ts). Each
// answer is given once: after start-up every call goes to the workbook again, so nothing stale is
// ever served for a check the user asked for.
import { hasBudgetTable } from "../core/sheet";
import { parsePersistedSettings, toEngineSettings } from "../core";
import type { Grid } from "../core";
import type { OverviewStatus } from "../host/WorkbookHost";
import { readOpening, readProbes, type Opening, type Probes } from "./officeOpen";
import type { OfficeRuntime } from "./officeRuntime";
import { decodeSettings, statusOf } from "./storedFacts";

type Once = "settings" | "sheets" | "active" | "title";

export class OpeningAnswers {
  private opening?: Promise<Opening>;
  private probing?: Promise<Probes>;
  private readonly used = new Set<string>();

  constructor(
    private readonly runtime: () => OfficeRuntime,
    private readonly settingsKey: string
  ) {}

  /** Starts the opening batch on the first start-up call; later calls share it. */
  private open(): Promise<Opening> {
    this.opening ??= readOpening(this.runtime(), this.settingsKey);
    return this.opening;
  }

  /** The opening's answer for `what`, the first time it is asked; undefined afterwards. */
  async once<T>(what: Once, pick: (o: Opening) => T): Promise<{ value: T } | undefined> {
    if (this.used.has(what)) return undefined;
    this.used.add(what);
    return { value: pick(await this.open()) };
  }

  /** The title read at opening (no new read), when the opening ran. */
  async title(): Promise<string | undefined> {
    return this.opening ? (await this.opening).title : undefined;
  }

  /**
   * The grid for `name` from the opening: the active sheet read whole, or a probe that settles
   * the question (no budget table in its first rows, or the whole used range fits in them).
   */
  async grid(name: string): Promise<Grid | undefined> {
    if (!this.opening || this.used.has(`grid:${name.toLowerCase()}`)) return undefined;
    this.used.add(`grid:${name.toLowerCase()}`);
    const o = await this.opening;
    if (o.activeGrid && o.active?.name.toLowerCase() === name.toLowerCase()) return o.activeGrid;
    // The other visible sheets' first rows, all in one batch, the first time one is asked for.
    const others = o.sheets.filter((s) => s.toLowerCase() !== o.active?.name.toLowerCase());
    this.probing ??= readProbes(this.runtime(), others);
    let probes: Probes;
    try {
      probes = await this.probing;
    } catch {
      // A failure that would fail any read (cell edit mode): not kept, so a later check reads
      // afresh; this sheet is read the usual way, which says what is wrong.
      this.probing = undefined;
      return undefined;
    }
    const probe = probes.grids.get(name.toLowerCase());
    if (!probe) return undefined;
    if (!probe.probeOnly) return probe;
    // The stored settings (a JSON string) may map columns: the probe is judged as the pane will.
    const parsed = parsePersistedSettings(decodeSettings(o.settings));
    if (!parsed.ok) return undefined;
    const settings = toEngineSettings(parsed.settings, new Date().getFullYear());
    if (hasBudgetTable(probe, settings)) return undefined;
    const { probeOnly: _partial, ...rest } = probe;
    return rest;
  }

  /** Whether `name` is our overview, decided on the opening's facts (once per sheet). */
  async status(name: string): Promise<OverviewStatus | undefined> {
    if (!this.opening || this.used.has(`status:${name.toLowerCase()}`)) return undefined;
    this.used.add(`status:${name.toLowerCase()}`);
    return statusOf((await this.opening).facts, name);
  }

  /** The change handler registered in the opening batch, when it is on this sheet. */
  async hub(sheetId: string | undefined): Promise<Opening["hub"]> {
    if (!this.opening || sheetId === undefined) return undefined;
    const { hub } = await this.opening;
    if (hub?.sheetId === sheetId) return hub;
    const probes = await this.probing?.catch(() => undefined);
    return probes?.hubs.find((h) => h.sheetId === sheetId);
  }
}
