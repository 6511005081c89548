"use client";
import { useCallback, useEffect, useRef, type SyntheticEvent } from "react";

const MARGIN = 8;

/**
 * Keeps a <details> menu's panel inside the window. The panel hangs from its button's right edge; when
 * the toolbar wraps and the button sits near the left edge, that put most of the panel off screen. Open,
 * the panel is measured and moved sideways just enough (again when the window is resized). Returns the
 * ref for the panel and the handler for the details' toggle event.
 */
export function useMenuInWindow<T extends HTMLElement>() {
  const panelRef = useRef<T>(null);
  const place = useCallback(() => {
    const panel = panelRef.current;
    if (!panel?.closest("details")?.open) return;
    panel.style.translate = "";
    const { left, right } = panel.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    let shift = 0;
    if (left < MARGIN) shift = MARGIN - left;
    else if (right > width - MARGIN) shift = Math.max(width - MARGIN - right, MARGIN - left);
    if (shift !== 0) panel.style.translate = `${Math.round(shift)}px 0`;
  }, []);
  useEffect(() => {
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [place]);
  const onToggle = useCallback((event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) place();
  }, [place]);
  return { panelRef, onToggle };
}
