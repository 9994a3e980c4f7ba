/** @jest-environment jsdom */
// The build-time makeStyles (scripts/griffelAot.js): the classes and CSS it writes into the bundle
// are the ones makeStyles makes at run time, every makeStyles call in src/ resolves at build time,
// and a style that needs a run-time value stops the build with the file's name.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "@swc/core";
import { render } from "@testing-library/react";
import {
  FluentProvider,
  RendererProvider,
  __styles,
  createDOMRenderer,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const griffelAot = require("../../scripts/griffelAot.js") as (this: unknown, src: string) => string;

const SRC = join(__dirname, "../../src");
const load = (source: string, resourcePath = "test.tsx"): string =>
  griffelAot.call({ resourcePath }, source);

/** The same transform as webpack's swc-loader (webpack.config.js), then the loader. */
function built(path: string): string {
  const js = transformSync(readFileSync(path, "utf8"), {
    filename: path,
    jsc: {
      parser: { syntax: "typescript", tsx: path.endsWith(".tsx") },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
  }).code;
  return load(js, path);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) ? [p] : [];
  });
}

const useRuntimeStyles = makeStyles({
  root: {
    display: "flex",
    columnGap: "6px",
    paddingLeft: "4px",
    color: tokens.colorNeutralForeground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { color: tokens.colorPaletteRedForeground1 },
    "@media (min-width: 1000px)": { display: "grid" },
  },
  note: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

const MODULE = `import { makeStyles, tokens } from "@fluentui/react-components";
const GAP = "6px";
export const useStyles = makeStyles({
  root: {
    display: "flex",
    columnGap: GAP,
    paddingLeft: "4px",
    color: tokens.colorNeutralForeground2,
    borderBottom: \`1px solid \${tokens.colorNeutralStroke2}\`,
    ":hover": { color: tokens.colorPaletteRedForeground1 },
    "@media (min-width: 1000px)": { display: "grid" },
  },
  note: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});
`;

/** The two arguments the loader wrote for `__styles`, read back from its output. */
function aotArguments(out: string): Parameters<typeof __styles> {
  const m = /__griffelAotStyles\((\{.*\}), (\{.*\})\)/.exec(out);
  if (!m) throw new Error(`no __styles call in:\n${out}`);
  return [JSON.parse(m[1]), JSON.parse(m[2])];
}

function renderedWith(useStyles: () => Record<string, string>) {
  let classes: Record<string, string> = {};
  const Probe = () => {
    classes = useStyles();
    return null;
  };
  // A renderer of its own each time: the default one remembers what it inserted before.
  const { unmount } = render(
    <RendererProvider renderer={createDOMRenderer(document)}>
      <FluentProvider theme={webLightTheme}>
        <Probe />
      </FluentProvider>
    </RendererProvider>
  );
  const css = [...document.querySelectorAll("style")]
    .flatMap((s) => [...(s.sheet?.cssRules ?? [])].map((r) => r.cssText))
    .filter((t) => !t.includes("--colorNeutralForeground1:"))
    .sort();
  unmount();
  document.head.innerHTML = "";
  return { classes, css };
}

describe("griffelAot: makeStyles resolved at build time", () => {
  it("writes the classes and CSS that makeStyles makes at run time", () => {
    const out = load(MODULE);
    expect(out).not.toMatch(/\bmakeStyles\(/);
    expect(out).toContain(
      'import { __styles as __griffelAotStyles } from "@fluentui/react-components"'
    );
    const [classes, css] = aotArguments(out);
    const runtime = renderedWith(useRuntimeStyles);
    const aot = renderedWith(__styles(classes, css));
    expect(aot.classes).toEqual(runtime.classes);
    expect(aot.css).toEqual(runtime.css);
    expect(runtime.css.join("\n")).toContain("var(--colorNeutralForeground2)");
  });

  it("resolves every makeStyles call in src/ (no run-time compiler left in the bundle)", () => {
    const files = sourceFiles(SRC).filter((p) => /\bmakeStyles\(/.test(readFileSync(p, "utf8")));
    expect(files.length).toBeGreaterThan(5);
    for (const p of files) {
      const out = built(p);
      expect({ file: p, leftover: /\bmakeStyles\(/.test(out) }).toEqual({
        file: p,
        leftover: false,
      });
      expect(out).toContain("__griffelAotStyles(");
    }
  });

  it("stops the build, naming the file, when a style needs a value known only at run time", () => {
    const src = `import { makeStyles } from "@fluentui/react-components";
import { WIDTH } from "./elsewhere";
export const useStyles = makeStyles({ root: { width: WIDTH } });
`;
    expect(() => load(src, "src/taskpane/Odd.tsx")).toThrow(
      /griffelAot: makeStyles in src\/taskpane\/Odd\.tsx uses a value not known at build time/
    );
  });

  it("leaves a module without Fluent's makeStyles as it is", () => {
    const src = `const makeStyles = (x) => x;\nexport const s = makeStyles({ a: 1 });\n`;
    expect(load(src)).toBe(src);
  });
});
