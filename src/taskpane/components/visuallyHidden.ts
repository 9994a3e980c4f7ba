// In the page for a screen reader, out of sight and taking no room: the pane's live regions (the
// check's announcement, a closed notice waiting for its words) share this one rule.
import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHidden = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
