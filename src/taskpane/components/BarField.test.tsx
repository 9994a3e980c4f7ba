/** @jest-environment jsdom */
// The year card's bar: named by its label, described by its verdict and hint, the verdict an alert
// only when it is an error or a warning (as Fluent's Field had it), the value capped at a full bar.
import { render, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { BarField, type BarFieldProps } from "./BarField";

expect.extend(toHaveNoViolations);

const base: BarFieldProps = {
  label: "Brugt af rammen",
  hint: "121,7 % af rammen brugt",
  verdict: "error",
  message: "Over rammen med 412.000 kr.",
  value: 1.217,
  thickness: "large",
  color: "error",
};

describe("BarField", () => {
  it("an error: a full bar named by its label, described by the verdict (an alert) and the hint", async () => {
    const { container } = render(<BarField {...base} />);
    const bar = screen.getByRole("progressbar", { name: "Brugt af rammen" });
    expect(bar).toHaveAttribute("aria-valuenow", "1");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "1");
    expect(bar).toHaveAccessibleDescription("Over rammen med 412.000 kr. 121,7 % af rammen brugt");
    expect(screen.getByRole("alert")).toHaveTextContent(/^Over rammen med 412\.000 kr\.$/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("a success is no alert; without a hint the verdict alone describes the bar", () => {
    render(
      <BarField
        {...base}
        hint={undefined}
        verdict="success"
        message="Inden for rammen: 1.520.000 kr. tilbage"
        value={0.2}
        color="brand"
      />
    );
    expect(screen.queryByRole("alert")).toBeNull();
    const bar = screen.getByRole("progressbar", { name: "Brugt af rammen" });
    expect(bar).toHaveAttribute("aria-valuenow", "0.2");
    expect(bar).toHaveAccessibleDescription("Inden for rammen: 1.520.000 kr. tilbage");
  });

  it("a warning is an alert; no verdict, no alert and no icon", () => {
    const { rerender, container } = render(<BarField {...base} verdict="warning" />);
    expect(screen.getByRole("alert")).toBeInTheDocument();
    rerender(<BarField {...base} verdict="none" />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector("svg")).toBeNull();
  });
});
