// "Skriver …": a small turning ring with its words, while an action runs (what Fluent's Spinner
// shows, drawn with one element and the same brand strokes, so its styles stay out of start-up).
import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", columnGap: "8px" },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: "50%",
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2Contrast}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "1.8s" },
    "@media screen and (forced-colors: active)": {
      borderTopColor: "Highlight",
      borderRightColor: "HighlightText",
      borderBottomColor: "HighlightText",
      borderLeftColor: "HighlightText",
      forcedColorAdjust: "none",
    },
  },
  tiny: { width: "20px", height: "20px" },
  small: { width: "28px", height: "28px" },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

export interface BusyRingProps {
  /** What is going on, e.g. «Skriver oversigtsark …»: the ring's accessible name. */
  label: string;
  size?: "tiny" | "small";
}

/** An indeterminate progressbar named by its visible words (a progressbar's children are presentational). */
export function BusyRing({ label, size = "tiny" }: BusyRingProps) {
  const styles = useStyles();
  const labelId = useId("busy");
  return (
    <div role="progressbar" aria-labelledby={labelId} className={styles.root}>
      <span className={mergeClasses(styles.ring, styles[size])} />
      <span id={labelId} className={styles.label}>
        {label}
      </span>
    </div>
  );
}
