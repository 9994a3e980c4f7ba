// scripts/inlineTokens.js: reads of Fluent's tokens object become the very strings the object holds,
// so no module of the pane needs the object and webpack leaves it out.
import { tokens } from "@fluentui/react-components";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const inlineTokens = require("../../scripts/inlineTokens.js") as (
  this: unknown,
  source: string,
  map?: unknown
) => void;

function load(source: string): string {
  let out: string | undefined;
  inlineTokens.call(
    {
      callback: (err: unknown, code: string) => {
        if (err) throw err;
        out = code;
      },
    },
    source
  );
  if (out === undefined) throw new Error("the loader gave nothing back");
  return out;
}

describe("inlineTokens", () => {
  it("writes each token's own value in place of the read", () => {
    const src = `import { tokens } from "@fluentui/react-theme";
const shadow = \`calc(\${tokens.strokeWidthThin} + 0.25px)\`;
export const z = tokens.zIndexPopup;
export { shadow };
`;
    const out = load(src);
    expect(out).toContain(`calc(\${${JSON.stringify(tokens.strokeWidthThin)}} + 0.25px)`);
    expect(out).toContain(`export const z = ${JSON.stringify(tokens.zIndexPopup)};`);
    // A fallback in the variable is kept, since the value is copied from Fluent's object.
    expect(tokens.zIndexPopup).toBe("var(--zIndexPopup, 2000)");
    expect(out).not.toMatch(/tokens\.\w/);
    // Evaluated, the strings are the object's.
    const shadow = new Function(
      `return \`calc(\${${JSON.stringify(tokens.strokeWidthThin)}} + 0.25px)\``
    )();
    expect(shadow).toBe(`calc(${tokens.strokeWidthThin} + 0.25px)`);
  });

  it("follows the local name of the import and leaves other objects called tokens alone", () => {
    const src = `import { tokens as t } from "@fluentui/react-components";
const tokens = { colorNeutralStroke2: "mine" };
export const a = t.colorNeutralStroke2;
export const b = tokens.colorNeutralStroke2;
export const c = t.notAToken;
`;
    const out = load(src);
    expect(out).toContain(`export const a = "var(--colorNeutralStroke2)";`);
    expect(out).toContain("export const b = tokens.colorNeutralStroke2;");
    expect(out).toContain("export const c = t.notAToken;");
  });

  it("leaves a module without Fluent's tokens as it is", () => {
    const src = `const tokens = { a: 1 };\nexport const x = tokens.a;\n`;
    expect(load(src)).toBe(src);
  });
});
