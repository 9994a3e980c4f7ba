// The product's one coloured notice (a failure, a warning, a success, a note) in the pane and in
// file mode: Fluent's status colours and intent icons, without Fluent's MessageBar and the motion
// library its entrance animation brings into the start-up bundle (issue 22).
import { useId, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  DiamondDismissFilled,
  InfoFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import { useVisuallyHidden } from "./visuallyHidden";

export type NoticeIntent = "error" | "warning" | "success" | "info";

export interface NoticeProps {
  intent: NoticeIntent;
  /** Said first, in bold; it also names the notice (its group) for a screen reader. */
  title?: ReactNode;
  /** The notice's words. */
  children?: ReactNode;
  /** Buttons at the notice's end (the dismiss button), outside what is announced. */
  actions?: ReactNode;
  /**
   * False hides the notice. A polite notice keeps its empty live region in the page meanwhile,
   * so its words are announced when they come (a live region inserted with its words is not said
   * by every screen reader); an error is an alert, said when it appears.
   */
  open?: boolean;
  /**
   * True (the default): errors are announced at once (role alert), the others when the reader is
   * idle (aria-live polite). False where the page's own live region already says the news.
   */
  announce?: boolean;
  "data-testid"?: string;
}

// The same intent icons and status tokens as Fluent's MessageBar, so the colours follow the theme
// (light, dark) and Windows high contrast replaces them with the system's colours.
const ICONS = {
  error: DiamondDismissFilled,
  warning: WarningFilled,
  success: CheckmarkCircleFilled,
  info: InfoFilled,
} as const;

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    gridTemplateAreas: '"icon body actions"',
    alignItems: "start",
    boxSizing: "border-box",
    minHeight: "36px",
    padding: `${tokens.spacingVerticalMNudge} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  icon: {
    gridArea: "icon",
    display: "block",
    fontSize: tokens.fontSizeBase500,
    marginRight: tokens.spacingHorizontalS,
  },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  body: {
    gridArea: "body",
    paddingRight: tokens.spacingHorizontalM,
    // A long file name or error detail wraps inside the 360 px pane instead of widening it.
    overflowWrap: "anywhere",
  },
  // Inline, then a space the screen reader hears too (CSS content is in the accessibility tree).
  title: { fontWeight: tokens.fontWeightSemibold, "::after": { content: '" "' } },
  actions: {
    gridArea: "actions",
    display: "flex",
    gap: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    // The 32 px button centred on the first line of text rather than below it.
    marginTop: `calc(-1 * ${tokens.spacingVerticalSNudge})`,
  },
});

const ICON_STYLE = {
  error: "iconError",
  warning: "iconWarning",
  success: "iconSuccess",
  info: "iconInfo",
} as const;

export function Notice(props: NoticeProps) {
  const { intent, title, children, actions, open = true, announce = true } = props;
  const styles = useStyles();
  // Closed but still in the page (a polite notice's live region): takes no room and no gap.
  const hidden = useVisuallyHidden();
  const titleId = useId();
  const live = !announce ? undefined : intent === "error" ? "assertive" : "polite";
  if (!open && live !== "polite") return null;
  const Icon = ICONS[intent];
  const titled = open && title !== undefined;
  return (
    <div
      className={open ? mergeClasses(styles.root, styles[intent]) : hidden.root}
      role={titled ? "group" : undefined}
      aria-labelledby={titled ? titleId : undefined}
      data-testid={props["data-testid"]}
    >
      {open && <Icon className={mergeClasses(styles.icon, styles[ICON_STYLE[intent]])} />}
      <div
        className={open ? styles.body : undefined}
        role={live === "assertive" ? "alert" : undefined}
        aria-live={live === "polite" ? "polite" : undefined}
        aria-atomic={live === "polite" ? true : undefined}
      >
        {titled && (
          <span id={titleId} className={styles.title}>
            {title}
          </span>
        )}
        {open && children}
      </div>
      {open && actions !== undefined && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
