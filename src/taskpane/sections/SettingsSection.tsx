// "Indstillinger": sheet, plan year, frames and auto re-check, below the answer. Collapsed unless
// the pane needs the user here (no table found, plan year not confirmed) or the user opens it.
// The form itself (Fluent Field/Select/Switch/Input) loads on first open: the first answer
// does not need it, and start-up size is what every user pays.
import { Suspense, lazy, useId, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { PersistedSettings } from "../../core";
import type { Lang, Report } from "../../core";
import type { UiStrings } from "../strings";

const SettingsBody = lazy(() =>
  import(/* webpackChunkName: "settings-form" */ "./SettingsBody").then((m) => ({
    default: m.SettingsBody,
  }))
);

const useStyles = makeStyles({
  heading: { margin: "8px 0 4px" },
  toggle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: 0,
    minWidth: 0,
  },
});

export interface SettingsSectionProps {
  t: UiStrings;
  /** The form's words are its own (words/form.ts, in its chunk): picked by language there. */
  lang: Lang;
  settings: PersistedSettings;
  update: (patch: Partial<PersistedSettings>) => void;
  sheets: string[];
  sheet: string | undefined;
  starting: boolean;
  report: Report | undefined;
  /** Open by itself: the pane needs an answer from the user here. */
  needed: boolean;
  onChooseSheet: (name: string) => void;
}

export function SettingsSection(props: SettingsSectionProps) {
  const { t, needed } = props;
  const styles = useStyles();
  const bodyId = useId();
  // The user's own open/close wins over `needed` once they have clicked.
  const [userOpen, setUserOpen] = useState<boolean>();
  const open = userOpen ?? needed;
  // Once loaded the form stays mounted (hidden while closed), so text typed but not yet committed
  // survives closing and opening the section, as before it was lazy.
  const [loaded, setLoaded] = useState(false);
  if (open && !loaded) setLoaded(true);

  return (
    <section aria-labelledby={`${bodyId}-h`}>
      <h2 id={`${bodyId}-h`} className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setUserOpen(!open)}
        >
          {t.settingsHeading}
        </Button>
      </h2>
      {loaded ? (
        <Suspense fallback={<div id={bodyId} />}>
          <SettingsBody {...props} id={bodyId} hidden={!open} />
        </Suspense>
      ) : (
        <div id={bodyId} hidden />
      )}
    </section>
  );
}
