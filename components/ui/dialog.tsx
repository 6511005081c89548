"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons at the bottom; a Close button is the caller's to add. */
  actions?: ReactNode;
  className?: string;
  onClose: () => void;
};

/** A modal on the native <dialog>: focus is trapped and returns where it was, Escape closes. */
export function Dialog({ open, title, children, actions, className = "", onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a dialog names the one a user starts in with data-autofocus.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{open && children}</div>
      {actions && <div className="dialog-actions">{actions}</div>}
    </dialog>
  );
}
