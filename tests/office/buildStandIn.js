// Builds the browser stand-in into `outDir` and resolves to the script's path (see webpack.config.js).
const webpack = require("webpack");
const config = require("./webpack.config.js");

module.exports = function buildStandIn(outDir) {
  return new Promise((ok, fail) =>
    webpack(config(outDir), (err, stats) => {
      if (err) return fail(err);
      if (stats.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      ok(config.outputFile(outDir));
    })
  );
};
