// Settings as stored in the workbook: read by the opening, validated (problems → defaults + a
// warning) and saved, debounced, whenever the user changes them; a pending save is flushed on
// unmount.
import { useCallback, useEffect, useRef, useState } from "react";
import { parsePersistedSettings, type PersistedSettings, type SettingsProblem } from "../../core";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { useLatest } from "./useLatest";
import type { OpeningState } from "./useOpening";

const SAVE_DELAY_MS = 500;

const EMPTY_SETTINGS: PersistedSettings = { version: 1 };

export interface SettingsState {
  settings: PersistedSettings;
  /** Why the stored settings were refused (defaults are in use), if they were. */
  problems: SettingsProblem[] | undefined;
  loaded: boolean;
  update: (patch: Partial<PersistedSettings>) => void;
}

export function useSettings(
  host: WorkbookHost,
  opened: OpeningState,
  onError: (error: unknown) => void
): SettingsState {
  const [settings, setSettings] = useState<PersistedSettings>(EMPTY_SETTINGS);
  const [problems, setProblems] = useState<SettingsProblem[]>();
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(settings);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const errorRef = useLatest(onError);

  useEffect(() => {
    if (!opened.done) return;
    if (opened.opening) {
      const parsed = parsePersistedSettings(opened.opening.settings);
      const next = parsed.ok ? parsed.settings : EMPTY_SETTINGS;
      latest.current = next;
      setSettings(next);
      setProblems(parsed.ok ? undefined : parsed.problems);
    }
    setLoaded(true);
  }, [opened]);

  const save = useCallback(() => {
    timer.current = undefined;
    host.saveSettings(latest.current).catch((e: unknown) => errorRef.current(e));
  }, [host, errorRef]);

  useEffect(
    () => () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        save();
      }
    },
    [save]
  );

  const update = useCallback(
    (patch: Partial<PersistedSettings>) => {
      const next = dropUndefined({ ...latest.current, ...patch });
      latest.current = next;
      setSettings(next);
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save]
  );

  return { settings, problems, loaded, update };
}

// Keys set to undefined mean "back to automatic/default": they are removed, not stored as null.
function dropUndefined(s: PersistedSettings): PersistedSettings {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) out[k] = v;
  return out as PersistedSettings;
}
