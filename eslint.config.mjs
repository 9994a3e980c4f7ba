// office-addin-lint picks this file up: Office.js rules (load/sync) plus React rules, for src/.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import reactHooks from "eslint-plugin-react-hooks";

// The arrows between the parts (README "For maintainers"). Every shell (cli, excel, filemode,
// taskpane, ooxml, host, boot, commands, pdf) uses the engine through its front doors only:
// src/core (index.ts) and one door per room (core/sheet, core/findings, core/overview,
// core/compare, core/words). Two command-only modules stand apart because they load classic zod,
// which the pane must not: core/overview/jsonReport and core/overview/jsonChanges.
const CORE_INSIDES = {
  regex:
    "(^|/)core/(?!(sheet|findings|overview|compare|words)(/index)?$|index$|overview/jsonReport$|overview/jsonChanges$)",
  message:
    "Shells use the engine's front doors only: core or core/<room> (README: For maintainers).",
};
/** A shell may not reach into another shell: `shells` lists the folders this one must not import. */
const notInto = (shells) => ({
  regex: `(^|/)(${shells.join("|")})/`,
  message: "One shell does not import another's internals (README: For maintainers).",
});
const boundary = (files, patterns) => ({
  files,
  ignores: ["**/*.spec.ts", "**/*.test.ts", "**/*.test.tsx"],
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: {
      "office-addins": officeAddins,
      "@typescript-eslint": tsPlugin,
      "react-hooks": reactHooks,
    },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "18" } },
    rules: {
      "react/react-in-jsx-scope": "off",
      // TypeScript already checks names (globals like document, Office, jest included); the core
      // rules misread type-only names (parameters in function types) as unused.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // The engine is pure: nothing outside src/core but zod (no Office, React, DOM or Node I/O).
  boundary(
    ["src/core/**"],
    [
      {
        regex: "^(?!zod(/|$)|\\.)",
        message: "src/core imports nothing outside core but zod.",
      },
      {
        regex: "^(\\.\\./)+(cli|excel|filemode|taskpane|ooxml|host|boot|commands|pdf)(/|$)",
        message: "src/core imports nothing outside core but zod.",
      },
    ]
  ),
  boundary(
    ["src/taskpane/**"],
    [CORE_INSIDES, notInto(["filemode", "excel", "cli", "ooxml", "boot", "pdf"])]
  ),
  // File mode uses the pane only through its public component, the product's one notice and the
  // pane's themes.
  boundary(
    ["src/filemode/**"],
    [
      CORE_INSIDES,
      notInto(["excel", "cli", "boot", "pdf"]),
      {
        regex: "(^|/)taskpane/(?!Pane$|components/(Notice|BusyRing)$|theme$)",
        message:
          "File mode uses only the pane's public component (taskpane/Pane), its notice and busy ring (taskpane/components/Notice, BusyRing) and its themes (taskpane/theme).",
      },
    ]
  ),
  // The add-in writes the user's workbook through Office.js; of the package code it uses only the
  // new workbook it hands to Excel.createWorkbook ("Som ny projektmappe").
  boundary(
    ["src/excel/**"],
    [
      CORE_INSIDES,
      notInto(["taskpane", "filemode", "cli", "boot"]),
      {
        regex: "(^|/)ooxml/(?!write/newWorkbook$)",
        message: "The add-in uses the package writer only for the new workbook (newWorkbook).",
      },
    ]
  ),
  boundary(
    ["src/cli/**"],
    [CORE_INSIDES, notInto(["taskpane", "filemode", "excel", "boot", "host"])]
  ),
  boundary(
    ["src/pdf/**", "src/commands/**"],
    [CORE_INSIDES, notInto(["filemode", "excel", "cli", "boot"])]
  ),
  // The entry point picks a host, so it may import the shells; the engine still only by its doors.
  boundary(["src/boot/**"], [CORE_INSIDES]),
  boundary(
    ["src/ooxml/**", "src/host/**"],
    [CORE_INSIDES, notInto(["taskpane", "filemode", "excel", "cli", "boot"])]
  ),
  // The package code in three layers: base/ (zip, streaming XML, relationships, errors) under
  // read/ (the workbook model and the grids) under write/ (the copy). An arrow points down only.
  boundary(
    ["src/ooxml/read/**"],
    [
      CORE_INSIDES,
      notInto(["taskpane", "filemode", "excel", "cli", "boot"]),
      { regex: "(^|/)write/", message: "The package reader does not import the writer." },
    ]
  ),
  boundary(
    ["src/ooxml/base/**"],
    [
      CORE_INSIDES,
      notInto(["taskpane", "filemode", "excel", "cli", "boot"]),
      { regex: "(^|/)(read|write)/", message: "ooxml/base imports neither reader nor writer." },
    ]
  ),
];
