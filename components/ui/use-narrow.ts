"use client";
import { useSyncExternalStore } from "react";

/** The narrow layout's breakpoint, the same as the `@media (max-width: 640px)` rules in the CSS files app/globals.css imports. */
export const NARROW_QUERY = "(max-width: 640px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Whether the window is as narrow as a phone; false on the server (the CSS hides what would flash). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
