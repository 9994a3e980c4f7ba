// The latest value of a callback for effects and timers that outlive a render, without
// re-subscribing on every render. Updated after render (refs are not touched while rendering).
import { useEffect, useRef, type MutableRefObject } from "react";

export function useLatest<T>(value: T): MutableRefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
