/**
 * Browser end-to-end suite: the production build in Debian's Chromium (run via `npm run test:e2e`).
 * With E2E_BENCH=1 (`npm run bench:startup`) it runs the start-up benchmark instead, which prints
 * and asserts nothing.
 */
const swc = [
  "@swc/jest",
  {
    jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2020" },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: [process.env.E2E_BENCH === "1" ? "**/*.bench.ts" : "**/*.e2e.ts"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  // One browser at a time: the machine has two cores and the build already used them.
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
};
