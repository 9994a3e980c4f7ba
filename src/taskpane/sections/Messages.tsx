// The pane's messages above the answer: stored settings refused, a failure, a success notice,
// no table found, and the live region that announces each check. Each notice is heard once: a
// failure at once (an alert), refused settings and a success when the reader is idle (their live
// regions stay in the page while closed), and "no table" by the check's own live region only.
import type { SettingsProblem } from "../../core";
import type { CheckResult } from "../../core";
import { ErrorBar } from "../components/ErrorBar";
import { Notice } from "../components/Notice";
import { useVisuallyHidden } from "../components/visuallyHidden";
import type { Tasks } from "../hooks/useTasks";
import type { UiStrings } from "../strings";

export interface MessagesProps {
  t: UiStrings;
  tasks: Tasks;
  problems: SettingsProblem[] | undefined;
  result: CheckResult | undefined;
  announcement: string;
}

export function Messages({ t, tasks, problems, result, announcement }: MessagesProps) {
  const hidden = useVisuallyHidden();
  return (
    <>
      <Notice intent="warning" open={problems !== undefined} title={t.settingsProblemsTitle}>
        {t.settingsProblemsBody}
        <ul>
          {problems?.map((p) => (
            <li key={p.path.join(".")}>{t.settingsProblem(p)}</li>
          ))}
        </ul>
      </Notice>
      {tasks.error && (
        <ErrorBar error={tasks.error.value} t={tasks.error.words} onDismiss={tasks.clearError} />
      )}
      <Notice intent="success" open={Boolean(tasks.notice)}>
        {tasks.notice}
      </Notice>
      <div role="status" aria-live="polite" className={hidden.root}>
        {announcement}
      </div>
      {result && !result.ok && (
        <Notice intent="warning" title={t.noBudgetTableTitle} announce={false}>
          {t.noBudgetTableBody(result.sheet)}
        </Notice>
      )}
    </>
  );
}
