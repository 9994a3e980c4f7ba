// Builds the empty-pane baseline with the same tools and mode as the add-in (swc, production).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (outDir) => ({
  mode: "production",
  context: __dirname,
  entry: { baseline: "./index.tsx" },
  output: { path: outDir, filename: "[name].[contenthash].js", clean: true },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: {
            jsc: {
              parser: { syntax: "typescript", tsx: true },
              transform: { react: { runtime: "automatic" } },
              target: "es2020",
            },
          },
        },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ template: path.join(__dirname, "index.html") })],
  performance: { hints: false },
  stats: "errors-warnings",
});
