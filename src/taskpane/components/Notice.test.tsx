/** @jest-environment jsdom */
// The product's notice: what a screen reader hears of each intent (an error at once, the others
// when idle, nothing twice), the title that names it, and the pane's notices built on it.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import type { Tasks } from "../hooks/useTasks";
import { Messages } from "../sections/Messages";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";
import { Notice, type NoticeIntent } from "./Notice";

expect.extend(toHaveNoViolations);

/** The live regions in the page: [politeness, text] for aria-live and the implicit ones. */
function liveRegions(container: HTMLElement): [string, string][] {
  const found = container.querySelectorAll('[aria-live], [role="alert"], [role="status"]');
  return [...found].map((el) => {
    const role = el.getAttribute("role");
    const implicit = role === "alert" ? "assertive" : role === "status" ? "polite" : "off";
    return [el.getAttribute("aria-live") ?? implicit, el.textContent ?? ""];
  });
}

const tasks = (over: Partial<Tasks>): Tasks => ({
  busy: undefined,
  error: undefined,
  notice: undefined,
  reportError: jest.fn(),
  clearError: jest.fn(),
  setNotice: jest.fn(),
  run: jest.fn(),
  ...over,
});

describe("Notice", () => {
  it("an error is an alert (said at once) holding its title and words, not its buttons", () => {
    render(
      <Notice intent="error" title="Det lykkedes ikke" actions={<button>Luk</button>}>
        Arket er beskyttet.
      </Notice>
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(/^Det lykkedes ikkeArket er beskyttet\.$/);
    expect(within(alert).queryByRole("button")).toBeNull();
    // The notice is a group named by its title, so its button is heard in context.
    const group = screen.getByRole("group", { name: "Det lykkedes ikke" });
    expect(within(group).getByRole("button", { name: "Luk" })).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it.each<NoticeIntent>(["warning", "success", "info"])(
    "a %s is said politely, once, and not as an alert",
    (intent) => {
      const { container } = render(
        <Notice intent={intent} title="Titel">
          Ordene.
        </Notice>
      );
      expect(screen.queryByRole("alert")).toBeNull();
      expect(liveRegions(container)).toEqual([["polite", "TitelOrdene."]]);
      expect(container.querySelector('[aria-live="polite"]')).toHaveAttribute(
        "aria-atomic",
        "true"
      );
    }
  );

  it("a closed polite notice keeps its empty live region, and opening fills that same region", () => {
    const view = render(<Notice intent="success" open={false} />);
    const region = view.container.querySelector('[aria-live="polite"]');
    expect(region).toBeInTheDocument();
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByText("Rapporten er klar.")).toBeNull();

    view.rerender(<Notice intent="success">Rapporten er klar.</Notice>);
    // The same element: a screen reader hears a live region's change, not its insertion.
    expect(view.container.querySelector('[aria-live="polite"]')).toBe(region);
    expect(region).toHaveTextContent("Rapporten er klar.");
  });

  it("a closed error leaves nothing behind", () => {
    const { container } = render(<Notice intent="error" open={false} title="Fejl" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("announce={false}: no live region, still a group named by its title", () => {
    const { container } = render(
      <Notice intent="warning" title="Ingen budgettabel fundet" announce={false}>
        Arket har ingen tabel.
      </Notice>
    );
    expect(liveRegions(container)).toEqual([]);
    expect(screen.getByRole("group", { name: "Ingen budgettabel fundet" })).toHaveTextContent(
      "Arket har ingen tabel."
    );
  });

  it("passes axe in every intent", async () => {
    const { container } = render(
      <>
        {(["error", "warning", "success", "info"] as const).map((intent) => (
          <Notice key={intent} intent={intent} title={`Titel ${intent}`}>
            Ordene.
          </Notice>
        ))}
      </>
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("ErrorBar", () => {
  it.each([
    ["da", "Luk", "Det lykkedes ikke"],
    ["en", "Dismiss", "That did not work"],
  ] as const)(
    "%s: an alert with the title and detail; the dismiss button is «%s»",
    async (lang, label, title) => {
      const t = strings[lang];
      const onDismiss = jest.fn();
      render(<ErrorBar error={new Error("kaput")} t={t} onDismiss={onDismiss} />);
      const alert = screen.getByRole("alert");
      expect(alert).toHaveTextContent(title);
      expect(alert).toHaveTextContent(t.hostErrors.UNKNOWN);
      expect(alert).toHaveTextContent(t.errorDetail("kaput"));
      await userEvent.setup().click(screen.getByRole("button", { name: label }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
    }
  );
});

describe("Messages", () => {
  const t = strings.da;

  it("«no budget table» is said once, by the check's live region, not by its notice too", () => {
    const { container } = render(
      <Messages
        t={t}
        tasks={tasks({})}
        problems={undefined}
        result={{ ok: false, reason: "NO_BUDGET_TABLE", sheet: "Noter" }}
        announcement={t.noBudgetTableAnnounce("Noter")}
      />
    );
    expect(screen.getByRole("group", { name: t.noBudgetTableTitle })).toBeInTheDocument();
    const spoken = liveRegions(container).filter(([, text]) => text !== "");
    expect(spoken).toEqual([["polite", t.noBudgetTableAnnounce("Noter")]]);
  });

  it("refused settings and a success are said politely, a failure at once", () => {
    const { container } = render(
      <Messages
        t={t}
        tasks={tasks({
          error: { value: new Error("kaput"), words: t },
          notice: "Oversigten er skrevet.",
        })}
        problems={[{ path: [], code: "NOT_SETTINGS" }]}
        result={undefined}
        announcement=""
      />
    );
    const spoken = liveRegions(container).filter(([, text]) => text !== "");
    expect(spoken.map(([politeness]) => politeness)).toEqual(["polite", "assertive", "polite"]);
    expect(spoken[0][1]).toContain(t.settingsProblemsTitle);
    expect(spoken[1][1]).toContain(t.errorTitle);
    expect(spoken[2][1]).toBe("Oversigten er skrevet.");
  });
});
