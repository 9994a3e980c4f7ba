// office-addin-lint picks this file up: Office.js rules (load/sync) plus React rules, for src/.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
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
    },
  },
];
