// The pane's messages above the answer: stored settings refused, a failure, a success notice,
// no table found, and the live region that announces each check.
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { SettingsProblem } from "../../core";
import type { CheckResult } from "../../core";
import { ErrorBar } from "../components/ErrorBar";
import type { Tasks } from "../hooks/useTasks";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface MessagesProps {
  t: UiStrings;
  tasks: Tasks;
  problems: SettingsProblem[] | undefined;
  result: CheckResult | undefined;
  announcement: string;
}

export function Messages({ t, tasks, problems, result, announcement }: MessagesProps) {
  const styles = useStyles();
  return (
    <>
      {problems && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.settingsProblemsTitle}</MessageBarTitle>
            {t.settingsProblemsBody}
            <ul>
              {problems.map((p) => (
                <li key={p.path.join(".")}>{t.settingsProblem(p)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {tasks.error && <ErrorBar error={tasks.error.value} t={t} onDismiss={tasks.clearError} />}
      {tasks.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{tasks.notice}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {result && !result.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noBudgetTableTitle}</MessageBarTitle>
            {t.noBudgetTableBody(result.sheet)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
