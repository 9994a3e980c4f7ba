// A pane section's heading: every section (answer, changes, findings, counts) titled alike.
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  h2: {
    margin: "8px 0 4px",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** `id`: what the section's aria-labelledby points at. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <h2 id={id} className={styles.h2}>
      {children}
    </h2>
  );
}
