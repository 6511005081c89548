"use client";
import { useEffect } from "react";

/** Room kept between the box and the dock, in CSS px. */
const GAP = 8;
/** A focus this soon after a press came from the pointer (ms). */
const POINTER_FOCUS_MS = 800;

/**
 * Keeps the translation box being worked on clear of the memory dock stuck to the bottom of the window:
 * after the keyboard or a command moves focus to it (Tab, Alt+↓, a jump), when the dock grows with its
 * matches, and while typing makes the box grow. Not with scroll-padding on the page, which every scroll
 * into view obeys, a mouse selection's too: a drag in the lower part of the window then scrolled the page
 * at each step and ran away over many paragraphs.
 */
export function useKeepAboveDock(dockSelector: string): void {
  useEffect(() => {
    let frame = 0;
    let pressedAt = -Infinity;
    let keepFocused = false;

    const reveal = (box: HTMLTextAreaElement) => {
      cancelAnimationFrame(frame);
      // After the browser's own scroll into view, and once the box has its new size.
      frame = requestAnimationFrame(() => {
        const dock = document.querySelector(dockSelector)?.getBoundingClientRect();
        if (!dock || !box.isConnected) return;
        const rect = box.getBoundingClientRect();
        const overlap = rect.bottom + GAP - dock.top;
        if (overlap <= 0) return;
        // Typing at the end follows the caret to the box's bottom; otherwise the box's top stays in sight.
        const header = document.querySelector(".editor-header")?.getBoundingClientRect().bottom ?? 0;
        const isCaretAtEnd = box.selectionEnd === box.value.length;
        const by = isCaretAtEnd ? overlap : Math.min(overlap, rect.top - header - GAP);
        if (by > 0) window.scrollBy(0, by);
      });
    };
    const translationBox = (target: EventTarget | null) =>
      target instanceof HTMLTextAreaElement && target.closest(".segment-target") ? target : null;

    const onPointerDown = () => {
      pressedAt = performance.now();
    };
    const onFocusIn = (event: FocusEvent) => {
      const box = translationBox(event.target);
      // A click leaves the page where it is, as the browser does: the text under the pointer stays put.
      keepFocused = !!box && performance.now() - pressedAt > POINTER_FOCUS_MS;
      if (box && keepFocused) reveal(box);
    };
    const onInput = (event: Event) => {
      const box = translationBox(event.target);
      if (box) reveal(box);
    };
    const dockResized = new ResizeObserver(() => {
      const box = translationBox(document.activeElement);
      if (box && keepFocused) reveal(box);
    });
    const dock = document.querySelector(dockSelector);
    if (dock) dockResized.observe(dock);

    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("input", onInput);
    return () => {
      cancelAnimationFrame(frame);
      dockResized.disconnect();
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("input", onInput);
    };
  }, [dockSelector]);
}
