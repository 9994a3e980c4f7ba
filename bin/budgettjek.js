#!/usr/bin/env node
// Thin launcher: the command is compiled to lib/ by `npm run prepare` (runs on npm ci).
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
