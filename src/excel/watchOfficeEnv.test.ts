/** @jest-environment jsdom */
import { watchOfficeEnv } from "./officeEnv";

type G = { Office?: unknown };
const g = globalThis as G;

function setTheme(background: string): void {
  g.Office = {
    context: { displayLanguage: "da-DK", officeTheme: { bodyBackgroundColor: background } },
  };
}

afterEach(() => {
  delete g.Office;
  jest.useRealTimers();
});

describe("watchOfficeEnv", () => {
  it("tells when Office switches to a dark theme, on focus and on its timer, once per change", () => {
    jest.useFakeTimers();
    setTheme("#ffffff");
    const seen: boolean[] = [];
    const stop = watchOfficeEnv((env) => seen.push(env.dark), 1000);
    setTheme("#262626");
    window.dispatchEvent(new Event("focus"));
    jest.advanceTimersByTime(3000);
    expect(seen).toEqual([true]);
    setTheme("#ffffff");
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual([true, false]);
    stop();
    setTheme("#262626");
    jest.advanceTimersByTime(5000);
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual([true, false]);
  });
});
