"use client";
import type { ReactNode } from "react";
import { Dialog } from "./dialog";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  isPending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal question with Cancel (focused first) and a destructive confirm button. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, isPending, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      open={open}
      title={title}
      className="confirm-dialog"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={isPending} data-autofocus>
            {cancelLabel}
          </button>
          <button type="button" className="button danger" onClick={onConfirm} disabled={isPending}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
