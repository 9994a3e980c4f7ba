/** Unit and component tests. The browser end-to-end suite has its own config (jest.e2e.config.js). */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx", "**/*.spec.ts", "**/*.spec.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
  // Speed is measured by `npm run bench`, never by a test. The fidelity, corpus, zip-bomb and
  // command tests do real work (LibreOffice, XlsxWriter, inflating MBs); on a loaded 2-core machine
  // jest's default 5 s per test failed them at random, so a test gets 30 s before it counts as hung.
  testTimeout: 30_000,
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/fileStub.js" },
};
