// Bundles tests/office/roundTrips.ts for Node (npm run bench): the stand-in's build, for Node.
const standIn = require("./webpack.config.js");

module.exports = (outDir) => {
  const base = standIn(outDir);
  return {
    ...base,
    target: "node",
    entry: { roundTrips: "./roundTrips.ts" },
    output: { path: outDir, filename: "[name].js", library: { type: "commonjs2" } },
    // Loaded from the repository's node_modules (the bundle is written to a temporary folder).
    externals: { exceljs: `commonjs ${require.resolve("exceljs")}` },
  };
};
