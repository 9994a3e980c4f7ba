// A kroner field that accepts Danish notation ("1.900.000", "1,9 mio.") and commits on blur or
// Enter, so half-typed input ("1,") never flashes an error or reaches the settings.
import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { formatAmount, krToOre, oreToKr } from "../../core/format";
import { parseKroner } from "../../core/parseAmount";

export interface AmountFieldProps {
  label: string;
  hint: string;
  invalidMessage: string;
  /** Current value in kroner; undefined shows the field empty (or the placeholder). */
  valueKr: number | undefined;
  placeholder?: string;
  /** Called with the new value in kroner, or undefined when the field was emptied. */
  onCommit: (kr: number | undefined) => void;
}

const toText = (kr: number | undefined): string =>
  kr === undefined ? "" : formatAmount(krToOre(kr), "da");

export function AmountField(props: AmountFieldProps) {
  const { label, hint, invalidMessage, valueKr, placeholder, onCommit } = props;
  const [text, setText] = useState(toText(valueKr));
  const [invalid, setInvalid] = useState(false);

  // A value set from outside (settings loaded) replaces what the field shows.
  useEffect(() => {
    setText(toText(valueKr));
    setInvalid(false);
  }, [valueKr]);

  const commit = () => {
    if (text.trim() === "") {
      setInvalid(false);
      onCommit(undefined);
      return;
    }
    const ore = parseKroner(text);
    if (ore === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const kr = oreToKr(ore);
    setText(toText(kr));
    if (kr !== valueKr) onCommit(kr);
  };

  return (
    <Field
      label={label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? invalidMessage : undefined}
    >
      <Input
        value={text}
        placeholder={placeholder}
        inputMode="decimal"
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
