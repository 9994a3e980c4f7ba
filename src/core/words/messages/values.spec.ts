// The example amount in «skriv beløbet som et tal, fx …» keeps the text's sign.
import { exampleAmount } from "./values";

describe("exampleAmount", () => {
  test.each([
    ["ca. 300.000", "300.000"],
    ["50.000?", "50.000"],
    ["se note", "50.000"],
    // Before, both of these suggested the amount with its sign turned around.
    ["(60.000)", "-60.000"],
    [" (60.000 kr.) ", "-60.000"],
    ["ca. -5.000", "-5.000"],
    ["ca. – 5.000", "-5.000"],
    ["50.000 (foreløbig)", "50.000"],
  ])("%p → %p", (text, example) => {
    expect(exampleAmount(text)).toBe(example);
  });
});
