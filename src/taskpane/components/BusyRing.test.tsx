/** @jest-environment jsdom */
// The busy ring: a progressbar a screen reader names by the words beside it, with no value (how far
// an action has come is not known), and free of axe findings; in the pane while writing.
import { render, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { BusyRing } from "./BusyRing";

expect.extend(toHaveNoViolations);

describe("BusyRing", () => {
  it("is a progressbar named by its visible words, with no value", async () => {
    const { container } = render(<BusyRing label="Skriver oversigtsark …" />);
    const ring = screen.getByRole("progressbar", { name: "Skriver oversigtsark …" });
    expect(ring).not.toHaveAttribute("aria-valuenow");
    expect(screen.getByText("Skriver oversigtsark …")).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("gives each ring its own name when two are shown", () => {
    render(
      <>
        <BusyRing label="Skriver oversigtsark …" />
        <BusyRing size="small" label="Åbner plan.xlsx …" />
      </>
    );
    expect(screen.getByRole("progressbar", { name: "Åbner plan.xlsx …" })).toBeInTheDocument();
    expect(screen.getAllByRole("progressbar")).toHaveLength(2);
  });
});
