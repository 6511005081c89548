"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Props = {
  id: number;
  title: string;
  paragraphs: number;
  onDelete: (id: number) => Promise<ActionResult<null>>;
};

export function DeleteDocumentButton({ id, title, paragraphs, onDelete }: Props) {
  const t = useTranslations("Documents");
  const tErrors = useTranslations("Errors");
  const [isOpen, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await onDelete(id);
      if (result.ok) setOpen(false);
      else setError(tErrors(result.code, result.params));
    });
  return (
    <>
      <button type="button" className="button subtle" aria-label={t("deleteNamed", { title })} onClick={() => setOpen(true)}>
        {t("delete")}
      </button>
      <ConfirmDialog
        open={isOpen}
        title={t("deleteTitle")}
        confirmLabel={isPending ? t("deleting") : t("deleteConfirm")}
        cancelLabel={t("cancel")}
        isPending={isPending}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>{t("deleteBody", { title, count: paragraphs })}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
