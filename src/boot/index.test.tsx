/** @jest-environment jsdom */
// Boot: Excel → the App on the Office host; no Office (or another host) → file mode.
import { configure, screen, waitFor } from "@testing-library/react";

// Cold module loading (Fluent, the engine) is slow on a shared machine.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const mockStartFileMode = jest.fn();
jest.mock("../filemode/startFileMode", () => ({ startFileMode: mockStartFileMode }));
jest.mock("../excel/officeHost", () => ({
  createOfficeHost: () => {
    const { FakeHost } = jest.requireActual("../../tests/doubles/fakeHost");
    const { notABudgetGrid } = jest.requireActual("../../tests/doubles/testGrids");
    return new FakeHost({ sheets: [notABudgetGrid()], active: "Noter" });
  },
}));
jest.mock("../excel/officeEnv", () => ({
  officeEnv: () => ({ lang: "en", dark: false }),
  watchOfficeEnv: () => () => undefined,
}));

type OnReady = (cb: (info: { host: string | null }) => void) => void;

function boot(office: { onReady: OnReady; HostType: { Excel: string } } | undefined) {
  document.body.innerHTML = '<div id="container"></div>';
  const g = globalThis as { Office?: unknown };
  if (office) g.Office = office;
  else delete g.Office;
  jest.isolateModules(() => {
    require("./index");
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  mockStartFileMode.mockReset();
});

test("without office.js: file mode gets the container", async () => {
  boot(undefined);
  await waitFor(() => expect(mockStartFileMode).toHaveBeenCalledTimes(1));
  // …and the PDF renderer, which file mode hands to the pane's "Hent rapport (PDF)".
  expect(mockStartFileMode).toHaveBeenCalledWith(
    document.getElementById("container"),
    expect.any(Function)
  );
});

test("office.js outside Office (host null): file mode", async () => {
  boot({ onReady: (cb) => cb({ host: null }), HostType: { Excel: "Excel" } });
  await waitFor(() => expect(mockStartFileMode).toHaveBeenCalledTimes(1));
});

test("in Excel: the App on the Office host, in Office's language, inside a main landmark", async () => {
  boot({ onReady: (cb) => cb({ host: "Excel" }), HostType: { Excel: "Excel" } });
  expect(await screen.findByRole("heading", { name: "Budget check" })).toBeInTheDocument();
  expect(screen.getByRole("main")).toContainElement(screen.getByRole("heading", { level: 1 }));
  expect(mockStartFileMode).not.toHaveBeenCalled();
});
