// Asked when a sheet with the overview's name exists that we did not make: that sheet is left
// alone, and the user picks a new name (validated against Excel's sheet-name rules).
import { useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { sheetNameProblem } from "../sheetName";
import type { UiStrings } from "../strings";

export interface WriteDialogProps {
  open: boolean;
  takenName: string;
  proposal: string;
  t: UiStrings;
  onCancel: () => void;
  /** Resolves to a message when the name cannot be used (e.g. also taken), else undefined. */
  onConfirm: (name: string) => Promise<string | undefined>;
}

export function WriteDialog({
  open,
  takenName,
  proposal,
  t,
  onCancel,
  onConfirm,
}: WriteDialogProps) {
  const [name, setName] = useState(proposal);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  // A new proposal (or the dialog opened again) starts the field afresh.
  const [shown, setShown] = useState({ proposal, open });
  if (shown.proposal !== proposal || shown.open !== open) {
    setShown({ proposal, open });
    setName(proposal);
    setProblem(undefined);
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const rule = sheetNameProblem(name, t);
    if (rule) {
      setProblem(rule);
      return;
    }
    setBusy(true);
    try {
      setProblem(await onConfirm(name.trim()));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)}>
          <DialogBody>
            <DialogTitle>{t.foreignTitle}</DialogTitle>
            <DialogContent>
              <p>{t.foreignBody(takenName)}</p>
              <Field
                label={t.newNameLabel}
                validationState={problem ? "error" : "none"}
                validationMessage={problem}
              >
                <Input value={name} onChange={(_, data) => setName(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t.writeConfirm}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
