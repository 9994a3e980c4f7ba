// A note inside a year card's heading, "(kun til sammenligning)", set in body text as Fluent's Text
// sets it (its root style): a plain span, so Text's component stays out of the pane's start-up.
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  note: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "start",
    display: "inline",
    whiteSpace: "normal",
    overflow: "visible",
    textOverflow: "clip",
  },
});

export function HeadingNote({ className, children }: { className?: string; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.note, className)}>{children}</span>;
}
