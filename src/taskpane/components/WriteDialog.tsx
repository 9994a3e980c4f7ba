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
import type { Lang } from "../../core";
import { sheetNameProblem } from "../sheetName";
import { dialogStrings } from "../words/dialog";

export interface WriteDialogProps {
  open: boolean;
  takenName: string;
  proposal: string;
  /** The dialog's words are its own (words/dialog.ts, in its chunk): picked by language there. */
  lang: Lang;
  onCancel: () => void;
  /** Resolves to "taken" when a sheet we did not make has that name too, else undefined. */
  onConfirm: (name: string) => Promise<"taken" | undefined>;
}

export function WriteDialog({
  open,
  takenName,
  proposal,
  lang,
  onCancel,
  onConfirm,
}: WriteDialogProps) {
  const t = dialogStrings[lang];
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
      const answer = await onConfirm(name.trim());
      setProblem(answer === "taken" ? t.sheetNameTaken : undefined);
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
