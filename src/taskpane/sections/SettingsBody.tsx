// The settings form behind "Indstillinger": sheet, plan year, frames, unit and auto re-check.
// Its own lazy chunk (see SettingsSection): loaded the first time the section opens.
import { Button, Field, Select, Switch, makeStyles } from "@fluentui/react-components";
import { DEFAULT_FRAME_ORE, type PersistedSettings } from "../../core";
import { AMOUNT_UNITS, type AmountUnit } from "../../core/sheet";
import { oreToKr } from "../../core";
import type { Report } from "../../core";
import { unitLineIn } from "../../core/words";
import { AmountField } from "../components/AmountField";
import { PlanYearField } from "../components/PlanYearField";
import { formStrings, type FormStrings } from "../words/form";
import type { SettingsSectionProps } from "./SettingsSection";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "10px" },
});

/** The section's props, with the form's words (loaded with this chunk) in `t`. */
type FormProps = Omit<SettingsSectionProps, "t"> & { t: FormStrings };

export function SettingsBody(props: SettingsSectionProps & { id: string; hidden: boolean }) {
  const { settings, update, sheets, sheet, starting, report } = props;
  const t = formStrings[props.lang];
  const styles = useStyles();
  const autoYear = settings.planYear === undefined ? report?.planYear : undefined;
  return (
    <div id={props.id} className={styles.stack} hidden={props.hidden}>
      <SheetField
        t={t}
        sheets={sheets}
        sheet={sheet}
        starting={starting}
        onChooseSheet={props.onChooseSheet}
      />
      <PlanYearField
        label={t.setting.planYear}
        hint={
          autoYear !== undefined && report
            ? `${t.planYearHint} ${t.planYear(autoYear, t.planYearSource[report.planYearSource])}.`
            : t.planYearHint
        }
        invalidMessage={t.planYearInvalid}
        value={settings.planYear}
        onCommit={(planYear) => update({ planYear })}
      />
      {autoYear !== undefined && (
        <div>
          <Button size="small" onClick={() => update({ planYear: autoYear })}>
            {t.confirmPlanYear(autoYear)}
          </Button>
        </div>
      )}
      <FrameFields t={t} settings={settings} update={update} report={report} />
      <UnitField t={t} settings={settings} update={update} report={report} />
      <Switch
        label={t.setting.autoRecheck}
        checked={settings.autoRecheck ?? true}
        onChange={(_, data) => update({ autoRecheck: data.checked })}
      />
    </div>
  );
}

/** The unit of the sheet's amounts: automatic (as read, and from where) or one the user names. */
function UnitField(props: Pick<FormProps, "t" | "settings" | "update" | "report">) {
  const { t, settings, update, report } = props;
  const read = report && settings.unit === undefined ? ` ${unitLineIn(report.unit, t)}.` : "";
  return (
    <Field label={t.setting.unit} hint={`${t.unitHint}${read}`}>
      <Select
        value={settings.unit ?? ""}
        onChange={(_, data) =>
          update({ unit: data.value === "" ? undefined : (data.value as AmountUnit) })
        }
      >
        <option value="">{t.unitAuto}</option>
        {AMOUNT_UNITS.map((u) => (
          <option key={u} value={u}>
            {t.amountUnit[u]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function SheetField(props: {
  t: FormStrings;
  sheets: string[];
  sheet: string | undefined;
  starting: boolean;
  onChooseSheet: (name: string) => void;
}) {
  const { t, sheets, sheet, starting } = props;
  // A native select (Fluent Select): keyboard and screen-reader behaviour for free, and no popup
  // positioning code in the start-up bundle.
  return (
    <Field label={t.setting.sheet} hint={!starting && sheets.length === 0 ? t.noSheets : undefined}>
      <Select
        value={sheet ?? ""}
        disabled={starting}
        onChange={(_, data) => {
          if (data.value) props.onChooseSheet(data.value);
        }}
      >
        {!sheet && (
          <option value="" disabled>
            {t.sheetPlaceholder}
          </option>
        )}
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function FrameFields(props: Pick<FormProps, "t" | "settings" | "update" | "report">) {
  const { t, settings, update } = props;
  const styles = useStyles();
  const planYears = planYearsOf(props.report, settings);
  return (
    <>
      <AmountField
        label={t.setting.defaultFrameKr}
        hint={t.frameHint}
        invalidMessage={t.frameInvalid}
        valueKr={settings.defaultFrameKr ?? oreToKr(DEFAULT_FRAME_ORE)}
        onCommit={(kr) => update({ defaultFrameKr: kr })}
      />
      {planYears.length > 0 && (
        <fieldset className={styles.stack}>
          <legend>{t.yearFramesHeading}</legend>
          {planYears.map((y) => (
            <AmountField
              key={y}
              label={t.setting.frameFor(y)}
              hint={t.yearFrameHint}
              invalidMessage={t.frameInvalid}
              valueKr={settings.framesKr?.[String(y)]}
              onCommit={(kr) => update({ framesKr: withFrame(settings.framesKr, y, kr) })}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}

/** Years that can have their own frame: the plan years of the report and any stored override. */
function planYearsOf(report: Report | undefined, settings: PersistedSettings): number[] {
  const years = new Set<number>(Object.keys(settings.framesKr ?? {}).map(Number));
  for (const y of report?.years ?? []) if (!y.compareOnly) years.add(y.year);
  return [...years].sort((a, b) => a - b);
}

function withFrame(
  frames: Record<string, number> | undefined,
  year: number,
  kr: number | undefined
): Record<string, number> | undefined {
  const next = { ...(frames ?? {}) };
  if (kr === undefined) delete next[String(year)];
  else next[String(year)] = kr;
  return Object.keys(next).length > 0 ? next : undefined;
}
