// Bundles tests/office/roundTrips.ts for Node (npm run bench), with the add-in's swc settings.
module.exports = (outDir) => ({
  mode: "development",
  devtool: false,
  target: "node",
  context: __dirname,
  entry: { roundTrips: "./roundTrips.ts" },
  output: { path: outDir, filename: "[name].js", library: { type: "commonjs2" } },
  resolve: { extensions: [".ts", ".js"] },
  // Loaded from the repository's node_modules (the bundle is written to a temporary folder).
  externals: { exceljs: `commonjs ${require.resolve("exceljs")}` },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
});
