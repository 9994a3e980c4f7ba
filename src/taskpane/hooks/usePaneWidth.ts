// The pane's own width (not the window's): Excel's task pane is resizable, and file mode puts the
// pane beside the sheet. 0 until measured (and in test DOMs without layout).
import { useEffect, useState, type RefObject } from "react";

export function usePaneWidth(ref: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) setWidth(Math.round(box.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
