"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";

type Props = { isOpen: boolean; onOpenChange: (isOpen: boolean) => void; children: ReactNode };

/**
 * On a narrow window the editor's toolbar folded into one button: the panel under it holds the same
 * controls. Escape closes it and puts focus back on the button; a tap outside closes it.
 */
export function ToolsMenu({ isOpen, onOpenChange, children }: Props) {
  const t = useTranslations("Editor");
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      // Dialogs opened from the menu (help, pre-translate) live elsewhere in the page.
      if (root.current?.contains(target) || (target instanceof Element && target.closest("dialog"))) return;
      onOpenChange(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [isOpen, onOpenChange]);

  return (
    <div
      className="tools-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !isOpen) return;
        event.preventDefault();
        onOpenChange(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" className="button tools-button" aria-expanded={isOpen} aria-controls="editor-tools" onClick={() => onOpenChange(!isOpen)}>
        {t("toolsButton")}
        <span aria-hidden="true" className="tools-chevron">
          ▾
        </span>
      </button>
      <div id="editor-tools" className="tools-sheet" role="group" aria-label={t("toolsButton")} hidden={!isOpen}>
        {children}
      </div>
    </div>
  );
}
