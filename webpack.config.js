/* eslint-disable no-undef */
// Builds the add-in into dist/: taskpane.html (+ its start-up bundle and lazy chunks), commands.html,
// the icons and manifest.xml with the public URL filled in.
//
//   ADDIN_PUBLIC_URL   where dist/ is hosted (default https://localhost:3000/, the dev server).
//                      The manifest's URLs are rewritten from the default to this value.
//   npm run build      production: minified, content-hashed file names, no certificates needed.
//   npm run dev-server https://localhost:3000 with office-addin-dev-certs (certificates are only
//                      looked up when serving, so a plain build works on any machine).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const size = require("./scripts/size");
const { PruneThemes } = require("./scripts/pruneThemes");

const DEV_URL = "https://localhost:3000/";
const INLINE_TOKENS = { loader: path.resolve(__dirname, "scripts/inlineTokens.js") };

function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) {
    // Office refuses add-ins served over plain http; fail the build instead of the sideload.
    throw new Error(`ADDIN_PUBLIC_URL must start with https:// (got ${url})`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

async function devServerOptions() {
  // Loaded lazily: certificates are only wanted for serving. On Linux, where installing the CA
  // needs sudo, they are generated without installing and the trust command is printed.
  const https = await require("./scripts/devCerts").httpsOptions();
  return {
    port: 3000,
    hot: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: { ca: https.ca, key: https.key, cert: https.cert } },
    static: false,
  };
}

/** Prints the start-up size (scripts/size.js) after a production build; never fails the build. */
class PrintStartupSize {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("PrintStartupSize", (compilation) => {
      const m = size.measure(compilation.outputOptions.path);
      if (m) size.print(m);
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const url = publicUrl();
  const hash = production ? ".[contenthash:8]" : "";

  return {
    mode: production ? "production" : "development",
    // webpack's own runtime and module wrappers in the same ES2020 as our code (arrow functions).
    target: ["web", "es2020"],
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/boot/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: `[name]${hash}.js`,
      chunkFilename: `[name]${hash}.js`,
      // Lazy chunks (ExcelJS, file mode) load relative to the page, wherever dist/ is hosted.
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Last in, last to run: our makeStyles calls become CSS at build time (production), so
            // Griffel's CSS compiler stays out of the pane (scripts/griffelAot.js); any other
            // read of Fluent's tokens becomes its CSS variable (scripts/inlineTokens.js).
            ...(production
              ? [INLINE_TOKENS, { loader: path.resolve(__dirname, "scripts/griffelAot.js") }]
              : []),
            {
              loader: "swc-loader",
              options: {
                jsc: {
                  parser: { syntax: "typescript", tsx: true },
                  transform: { react: { runtime: "automatic" } },
                  // ES2020, the floor the bundle already had: zod ships `?.` and `??` untranspiled.
                  // Office's webviews (Edge WebView2, Safari WKWebView, browsers for Excel on the web)
                  // all run it; the old IE/EdgeHTML webviews get gate.js's message instead. Lowering
                  // our own `?.`/`??` to ES2019 only cost bytes (0.9 KB gzip of start-up).
                  target: "es2020",
                },
              },
            },
          ],
        },
        // Fluent's own modules that read its tokens object (its Button styles): the same inlining,
        // so the object (467 CSS variable names) leaves the pane.
        ...(production
          ? [{ test: /\.js$/, include: /node_modules[\\/]@fluentui[\\/]/, use: [INLINE_TOKENS] }]
          : []),
        {
          test: /\.(png|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      // The add-in's page (office.js in <head>) and file mode's page (the same bundle, no office.js):
      // src/boot/gate.js sends taskpane.html opened outside Office on to index.html.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        page: "taskpane",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        page: "filemode",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      // The pane's themes keep only the values the bundle uses (src/taskpane/theme.ts).
      ...(production ? [new PruneThemes()] : []),
      ...(production && !serving ? [new PrintStartupSize()] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help page the manifest's SupportUrl and LearnMoreUrl point at.
          { from: "src/help/hjaelp.html", to: "hjaelp.html" },
          // ES5 and unbundled, so it runs (and says why the pane cannot) in the old IE/Edge webviews.
          // Marked as minimized so the minifier leaves it alone (it would write ES2019 `catch {}`).
          { from: "src/boot/gate.js", to: "gate.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Full URLs first, then the bare origin (AppDomains holds "https://localhost:3000").
            transform: (content) =>
              content
                .toString()
                .split(DEV_URL)
                .join(url)
                .split(new URL(DEV_URL).origin)
                .join(new URL(url).origin),
          },
        ],
      }),
    ],
    optimization: {
      // SWC's minifier: output within a few % of terser's, in a fraction of the time (the build
      // runs in CI and before every e2e run on a 2-core machine).
      minimizer: [
        new MinimizerPlugin({
          minify: MinimizerPlugin.swcMinify,
          extractComments: false,
          minimizerOptions: { compress: { passes: 2 }, mangle: true },
        }),
      ],
    },
    // Start-up size is measured by scripts/size.js (gzip, what taskpane.html loads); webpack's
    // uncompressed hints would only repeat it less precisely.
    performance: { hints: false },
    devServer: serving ? await devServerOptions() : undefined,
  };
};
