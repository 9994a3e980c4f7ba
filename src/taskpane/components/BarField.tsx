// A labelled bar (how much of the frame, or of the budget, is used) with its verdict and a hint:
// what Fluent's Field around a ProgressBar drew on the year cards, with the same markup for a
// screen reader and the same styles, but without Field, Label, ProgressBar and the motion library
// the ProgressBar's indeterminate animation (never used here) kept in the start-up bundle (issue 22).
import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle12Filled,
  DiamondDismiss12Filled,
  Warning12Filled,
} from "@fluentui/react-icons";

export type BarVerdict = "error" | "warning" | "success" | "none";

export interface BarFieldProps {
  /** Names the bar. */
  label: string;
  /** Below the verdict, in grey; describes the bar too. */
  hint?: string | undefined;
  /** The verdict's icon and colour; error and warning verdicts are alerts, as Fluent's Field has them. */
  verdict: BarVerdict;
  /** The verdict in words (the bar is never the only way to read it). */
  message: string;
  /** The share used, 0 to 1 (a full bar at 1 and above). */
  value: number;
  thickness: "medium" | "large";
  color: "brand" | "error" | "warning";
}

const ICONS = {
  error: DiamondDismiss12Filled,
  warning: Warning12Filled,
  success: CheckmarkCircle12Filled,
} as const;

// Fluent's Field (vertical, medium), Label and ProgressBar styles, in their tokens.
const useStyles = makeStyles({
  root: { display: "grid" },
  label: {
    maxWidth: "max-content",
    padding: `${tokens.spacingVerticalXXS} 0`,
    marginBottom: tokens.spacingVerticalXXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  track: {
    display: "block",
    width: "100%",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    "@media screen and (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
  medium: { height: "2px" },
  large: { height: "4px" },
  bar: {
    height: "100%",
    borderRadius: "inherit",
    "@media screen and (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  moving: {
    transitionProperty: "width",
    transitionDuration: "0.3s",
    transitionTimingFunction: "ease",
  },
  brand: { backgroundColor: tokens.colorCompoundBrandBackground },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  secondary: {
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  errorText: { color: tokens.colorPaletteRedForeground1 },
  // A gutter for the icon, so a second line of the verdict lines up with the first line's text.
  withIcon: { paddingLeft: `calc(12px + ${tokens.spacingHorizontalXS})` },
  icon: {
    display: "inline-block",
    fontSize: "12px",
    marginLeft: `calc(-12px - ${tokens.spacingHorizontalXS})`,
    marginRight: tokens.spacingHorizontalXS,
    lineHeight: "0",
    verticalAlign: "-1px",
  },
  iconError: { color: tokens.colorPaletteRedForeground1 },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  iconSuccess: { color: tokens.colorPaletteGreenForeground1 },
});

const ICON_STYLE = { error: "iconError", warning: "iconWarning", success: "iconSuccess" } as const;

export function BarField({
  label,
  hint,
  verdict,
  message,
  value,
  thickness,
  color,
}: BarFieldProps) {
  const styles = useStyles();
  const id = useId();
  const [labelId, messageId, hintId] = [`${id}label`, `${id}verdict`, `${id}hint`];
  const shown = Math.max(0, Math.min(Number.isNaN(value) ? 0 : value, 1));
  const Icon = verdict === "none" ? undefined : ICONS[verdict];
  return (
    <div className={styles.root}>
      <div id={labelId} className={styles.label}>
        {label}
      </div>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={shown}
        aria-labelledby={labelId}
        aria-describedby={hint !== undefined ? `${messageId} ${hintId}` : messageId}
        className={mergeClasses(styles.track, styles[thickness])}
      >
        <div
          className={mergeClasses(styles.bar, shown > 0.01 && styles.moving, styles[color])}
          style={{ width: `${shown * 100}%` }}
        />
      </div>
      <div
        id={messageId}
        role={verdict === "error" || verdict === "warning" ? "alert" : undefined}
        className={mergeClasses(
          styles.secondary,
          verdict === "error" && styles.errorText,
          Icon && styles.withIcon
        )}
      >
        {Icon && verdict !== "none" && (
          <Icon className={mergeClasses(styles.icon, styles[ICON_STYLE[verdict]])} />
        )}
        {message}
      </div>
      {hint !== undefined && (
        <div id={hintId} className={styles.secondary}>
          {hint}
        </div>
      )}
    </div>
  );
}
