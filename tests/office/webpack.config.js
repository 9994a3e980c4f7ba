// Compiles the Office stand-in (browserGlobals.ts + standIn.ts) into one script for the browser
// end-to-end suite, with the same swc target as the add-in. Built by scripts/e2e.js, never shipped.
const path = require("node:path");

module.exports = (outDir) => ({
  mode: "development",
  devtool: false,
  context: __dirname,
  entry: { officeStandIn: "./browserGlobals.ts" },
  output: { path: outDir, filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: { jsc: { parser: { syntax: "typescript" }, target: "es2019" } },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
});

module.exports.outputFile = (outDir) => path.join(outDir, "officeStandIn.js");
