// A host failure in words the user can act on, with the underlying detail for support.
import { Button } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { errorText, type ErrorWords } from "../errorText";
import { Notice } from "./Notice";

export function ErrorBar({
  error,
  t,
  onDismiss,
}: {
  error: unknown;
  /** The words the error was reported with (the later ones where it needs them). */
  t: ErrorWords;
  onDismiss: () => void;
}) {
  const { message, detail } = errorText(error, t);
  return (
    <Notice
      intent="error"
      title={t.errorTitle}
      actions={
        <Button
          appearance="transparent"
          aria-label={t.dismiss}
          icon={<Dismiss20Regular />}
          onClick={onDismiss}
        />
      }
    >
      {message}
      {detail && <div>{t.errorDetail(detail)}</div>}
    </Notice>
  );
}
