// File mode's page parts around the pane: the top bar (title, file, language, theme, open) and,
// before a file is open, the introduction with its drop zone.
import type { ReactNode } from "react";
import { Select, Switch, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../core";
import { Notice } from "../taskpane/components/Notice";
import type { FileOpenError } from "./openFile";
import type { FileStrings } from "./strings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0 },
  fileName: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  // Wraps at 360 px: language, theme and "Åbn et andet regneark…" take a line each if they must.
  prefs: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  langField: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  intro: {
    maxWidth: "40em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  privacy: { color: tokens.colorNeutralForeground3 },
});

export interface FileModeHeaderProps {
  s: FileStrings;
  lang: Lang;
  dark: boolean;
  fileName: string | undefined;
  chooseLang: (lang: Lang) => void;
  chooseDark: (dark: boolean) => void;
  /** The open button (shown here once a file is open) and the hidden file input. */
  openButton: ReactNode;
  input: ReactNode;
}

export function FileModeHeader(props: FileModeHeaderProps) {
  const { s, lang, dark, fileName } = props;
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <div className={styles.brand}>
        <Text as="h1" weight="semibold" size={500} style={{ margin: 0 }}>
          {s.appName}
        </Text>
        {fileName && (
          <Text className={styles.fileName} size={200} data-testid="open-file-name">
            {s.opened(fileName)}
          </Text>
        )}
      </div>
      <div className={styles.prefs}>
        <div className={styles.langField}>
          <label htmlFor="filemode-lang">{s.languageLabel}</label>
          <Select
            id="filemode-lang"
            value={lang}
            onChange={(_, d) => props.chooseLang(d.value === "en" ? "en" : "da")}
          >
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </Select>
        </div>
        <Switch
          checked={dark}
          onChange={(_, d) => props.chooseDark(d.checked)}
          label={s.darkLabel}
        />
        {fileName && props.openButton}
      </div>
      {props.input}
    </header>
  );
}

export function FileIntro(props: { s: FileStrings; dragging: boolean; openButton: ReactNode }) {
  const { s, dragging } = props;
  const styles = useStyles();
  return (
    <section className={styles.intro} aria-labelledby="filemode-intro">
      <Text id="filemode-intro" as="p" size={400}>
        {s.outsideExcel}
      </Text>
      <div className={mergeClasses(styles.drop, dragging && styles.dropActive)}>
        {props.openButton}
        <Text>{dragging ? s.dropActive : s.dropHint}</Text>
      </div>
      <Text className={styles.privacy} size={200}>
        {s.privacy}
      </Text>
    </section>
  );
}

/**
 * A file that cannot be used. One the package reader refused is headed and worded by the reader's
 * own reason (the command's words), so headline and text never disagree.
 */
export function FileError({ s, error }: { s: FileStrings; error: FileOpenError }) {
  const { problem, detail, fileName } = error;
  return (
    <Notice
      intent="error"
      title={problem ? s.problemTitle(problem) : s.errorTitle}
      data-testid="file-error"
    >
      <div>{problem ? s.problem(problem, fileName) : s.errors[error.code](fileName)}</div>
      {detail && (
        <div>
          {s.details}: {detail}
        </div>
      )}
    </Notice>
  );
}
