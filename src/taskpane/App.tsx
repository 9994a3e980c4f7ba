// The pane inside Excel: the theme provider (one per entry point) around the Pane. File mode has
// its own entry, FileModeApp, with its own provider around the same Pane.
import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { Pane, type PaneProps } from "./Pane";
import { themeFor } from "./theme";

export interface AppProps extends PaneProps {
  dark: boolean;
}

const useStyles = makeStyles({
  // Fills the pane so a dark theme has no light strip below short content.
  provider: { minHeight: "100%" },
});

export function App({ dark, ...pane }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      className={styles.provider}
      theme={themeFor(dark)}
      lang={pane.lang}
    >
      <Pane {...pane} />
    </FluentProvider>
  );
}
