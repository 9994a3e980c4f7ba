// Plan year: empty means "let the engine decide"; the hint then says which year it chose and why.
import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";

export interface PlanYearFieldProps {
  label: string;
  hint: string;
  invalidMessage: string;
  value: number | undefined;
  onCommit: (year: number | undefined) => void;
}

export function PlanYearField({
  label,
  hint,
  invalidMessage,
  value,
  onCommit,
}: PlanYearFieldProps) {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setText(value === undefined ? "" : String(value));
    setInvalid(false);
  }, [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === "") {
      setInvalid(false);
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const year = Number(trimmed);
    if (!/^\d{4}$/.test(trimmed) || year < 1990 || year > 2100) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (year !== value) onCommit(year);
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
        inputMode="numeric"
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
