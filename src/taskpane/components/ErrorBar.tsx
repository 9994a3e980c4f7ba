// A host failure in words the user can act on, with the underlying detail for support.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { errorText } from "../errorText";
import type { UiStrings } from "../strings";

export function ErrorBar({
  error,
  t,
  onDismiss,
}: {
  error: unknown;
  t: UiStrings;
  onDismiss: () => void;
}) {
  const { message, detail } = errorText(error, t);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {message}
        {detail && <div>{t.errorDetail(detail)}</div>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.dismiss}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
