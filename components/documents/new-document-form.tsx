"use client";
import { useRef, useState, useTransition, type ClipboardEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS } from "@/lib/core/limits";

type Props = { onCreate: (input: { title: string; source: string }) => Promise<ActionResult<{ id: number }>> };

const LIMIT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

export function NewDocumentForm({ onCreate }: Props) {
  const t = useTranslations("NewDocument");
  const tErrors = useTranslations("Errors");
  const format = useFormatter();
  const router = useRouter();
  const sourceRef = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  // The same limits the server enforces, checked here first so a huge paste is never sent.
  function refusal(source: string): string | null {
    if (source.trim() === "") return tErrors("EMPTY_SOURCE");
    if (new Blob([source]).size > MAX_IMPORT_BYTES) return tErrors("SOURCE_TOO_LARGE", { limitMb: LIMIT_MB });
    return null;
  }

  // A paste over the limit is stopped before it reaches the textarea: laying out tens of megabytes
  // of text would freeze the page long before the submit check could speak.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData("text/plain");
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    const after = value.slice(0, selectionStart) + pasted + value.slice(selectionEnd);
    if (new Blob([after]).size <= MAX_IMPORT_BYTES) return setError(null);
    event.preventDefault();
    setError(tErrors("SOURCE_TOO_LARGE", { limitMb: LIMIT_MB }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const source = String(data.get("source") ?? "");
    const title = String(data.get("title") ?? "");
    const refused = refusal(source);
    setError(refused);
    if (refused) {
      sourceRef.current?.focus();
      return;
    }
    startTransition(async () => {
      const failed: ActionResult<{ id: number }> = { ok: false, code: "UNEXPECTED" };
      const result = await onCreate({ title, source }).catch(() => failed);
      if (result.ok) router.push(`/documents/${result.data.id}`);
      else setError(tErrors(result.code, result.params));
    });
  }

  return (
    <form className="new-document-form" onSubmit={onSubmit} noValidate aria-labelledby="new-document-heading">
      <h2 id="new-document-heading">{t("heading")}</h2>
      <label className="field">
        <span className="field-label">{t("titleLabel")}</span>
        <input name="title" type="text" autoComplete="off" aria-describedby="title-hint" />
        <span id="title-hint" className="hint">
          {t("titleHint")}
        </span>
      </label>
      <label className="field">
        <span className="field-label">{t("sourceLabel")}</span>
        <textarea
          ref={sourceRef}
          name="source"
          lang="zh"
          rows={10}
          placeholder={t("sourcePlaceholder")}
          onPaste={onPaste}
          aria-describedby="source-hint"
          aria-invalid={error ? true : undefined}
          aria-errormessage={error ? "new-document-error" : undefined}
        />
        <span id="source-hint" className="hint">
          {t("limits", { limitMb: LIMIT_MB, paragraphs: format.number(MAX_PARAGRAPHS) })}
        </span>
      </label>
      {error && (
        <p id="new-document-error" role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={isPending} aria-busy={isPending}>
        {isPending ? t("creating") : t("submit")}
      </button>
    </form>
  );
}
