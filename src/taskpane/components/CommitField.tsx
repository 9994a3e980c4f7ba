// A text field that commits on blur or Enter, parsed: half-typed input ("1,", "20") never flashes
// an error or reaches the settings. Empty commits undefined ("use the default"); text that does
// not parse shows the field's message and commits nothing.
import { useState } from "react";
import { Field, Input, type InputProps } from "@fluentui/react-components";

export interface CommitFieldProps<T> {
  label: string;
  hint: string;
  invalidMessage: string;
  /** Current value; undefined shows the field empty (or the placeholder). */
  value: T | undefined;
  /** Text for a value; also what the field shows after a valid commit. */
  format: (value: T) => string;
  /** The value typed, or undefined when the text is not valid. */
  parse: (text: string) => T | undefined;
  onCommit: (value: T | undefined) => void;
  placeholder?: string;
  inputMode: InputProps["inputMode"];
}

export function CommitField<T>(props: CommitFieldProps<T>) {
  const { label, hint, invalidMessage, value, format, parse, onCommit } = props;
  const toText = (v: T | undefined): string => (v === undefined ? "" : format(v));
  const [text, setText] = useState(toText(value));
  const [invalid, setInvalid] = useState(false);

  // A value set from outside (settings loaded) replaces what the field shows (adjusted while
  // rendering, React's pattern for state derived from a changed prop: no extra effect pass).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(toText(value));
    setInvalid(false);
  }

  const commit = () => {
    if (text.trim() === "") {
      setInvalid(false);
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const parsed = parse(text);
    if (parsed === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(format(parsed));
    if (parsed !== value) onCommit(parsed);
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
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
