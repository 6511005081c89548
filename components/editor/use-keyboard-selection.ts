"use client";
import { useRef, type KeyboardEvent, type RefObject } from "react";
import { selectViewRange, viewLength } from "./selection-range";

/**
 * Selecting source text without a mouse: with the source focused, ←/→ (and Home/End) move a
 * one-character cursor, Shift with them extends the selection from where it started; Enter then
 * annotates it as a mouse selection would, at once, so that marks redrawing the text cannot drop it first.
 */
export function useKeyboardSelection(container: RefObject<HTMLElement | null>, annotate: (element: HTMLElement) => void) {
  const state = useRef({ anchor: 0, focus: 0, isUsed: false });
  return (event: KeyboardEvent<HTMLElement>) => {
    const element = container.current;
    if (!element || event.target !== element) return;
    if (event.key === "Enter") {
      event.preventDefault();
      restoreSelection(element, state.current);
      return annotate(element);
    }
    const length = viewLength(element);
    const moves: Record<string, (at: number) => number> = {
      ArrowRight: (at) => Math.min(length, at + 1),
      ArrowLeft: (at) => Math.max(0, at - 1),
      Home: () => 0,
      End: () => length,
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || length === 0) return;
    event.preventDefault();
    const current = state.current;
    current.isUsed = true;
    if (event.shiftKey) {
      current.focus = move(current.focus);
      const [start, end] = current.anchor <= current.focus ? [current.anchor, current.focus] : [current.focus, current.anchor];
      if (end > start) selectViewRange(element, start, end);
    } else {
      current.anchor = current.focus = Math.min(move(current.focus), length - 1);
      selectViewRange(element, current.anchor, current.anchor + 1);
    }
  };
}

/**
 * Marks arriving after the keys were pressed (glossary terms, review marks) redraw the text and drop
 * the browser's selection; the one made with the keys is put back before Enter annotates it.
 */
function restoreSelection(element: HTMLElement, { anchor, focus, isUsed }: { anchor: number; focus: number; isUsed: boolean }): void {
  const selection = window.getSelection();
  const isKept = selection !== null && !selection.isCollapsed && element.contains(selection.anchorNode);
  if (!isUsed || isKept) return;
  const [start, end] = anchor === focus ? [anchor, anchor + 1] : [Math.min(anchor, focus), Math.max(anchor, focus)];
  selectViewRange(element, start, end);
}
