"use client";
import { useState, type ClipboardEvent, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS } from "@/lib/core/limits";
import { isHttpUrl } from "@/lib/core/source-url";

export type SourceInput = { kind: "paste"; text: string } | { kind: "file"; file: File };
export type SourceDetails = { title: string; sourceUrl: string; note: string };

type Props = {
  isPending: boolean;
  error: string | null;
  onNext: (input: SourceInput, details: SourceDetails) => void;
  onError: (message: string | null) => void;
};

const LIMIT_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const byteSize = (text: string) => new Blob([text]).size;

/** Step one of an import: paste a text or choose a file, with a title, source URL and note. */
export function SourceStep({ isPending, error, onNext, onError }: Props) {
  const t = useTranslations("Import");
  const tNew = useTranslations("NewDocument");
  const tErrors = useTranslations("Errors");
  const format = useFormatter();
  const [kind, setKind] = useState<"paste" | "file">("paste");

  // A paste over the limit is stopped before it reaches the textarea: laying out tens of megabytes
  // of text would freeze the page long before the submit check could speak.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData("text/plain");
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    if (byteSize(value.slice(0, selectionStart) + pasted + value.slice(selectionEnd)) <= MAX_IMPORT_BYTES) return onError(null);
    event.preventDefault();
    onError(tErrors("SOURCE_TOO_LARGE", { limitMb: LIMIT_MB }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const details = { title: String(data.get("title") ?? ""), sourceUrl: String(data.get("sourceUrl") ?? "").trim(), note: String(data.get("note") ?? "") };
    if (details.sourceUrl !== "" && !isHttpUrl(details.sourceUrl)) return onError(tErrors("INVALID_SOURCE_URL"));
    if (kind === "file") {
      const file = data.get("file");
      if (!(file instanceof File) || file.size === 0) return onError(tErrors("EMPTY_SOURCE"));
      if (file.size > MAX_IMPORT_BYTES) return onError(tErrors("SOURCE_TOO_LARGE", { limitMb: LIMIT_MB }));
      return onNext({ kind: "file", file }, details);
    }
    const text = String(data.get("source") ?? "");
    if (text.trim() === "") return onError(tErrors("EMPTY_SOURCE"));
    if (byteSize(text) > MAX_IMPORT_BYTES) return onError(tErrors("SOURCE_TOO_LARGE", { limitMb: LIMIT_MB }));
    onNext({ kind: "paste", text }, details);
  }

  return (
    <form className="source-step card" onSubmit={onSubmit} noValidate>
      <div role="radiogroup" className="source-kind">
        {(["paste", "file"] as const).map((value) => (
          <label key={value} className="source-kind-option">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(value === "paste" ? "pasteTab" : "fileTab")}
          </label>
        ))}
      </div>
      {kind === "paste" ? (
        <label className="field">
          <span className="field-label">{tNew("sourceLabel")}</span>
          <textarea name="source" lang="zh" rows={8} placeholder={tNew("sourcePlaceholder")} onPaste={onPaste} aria-invalid={error ? true : undefined} />
          <span className="hint">{tNew("limits", { limitMb: LIMIT_MB, paragraphs: format.number(MAX_PARAGRAPHS) })}</span>
        </label>
      ) : (
        <label className="field">
          <span className="field-label">{t("fileLabel")}</span>
          <input type="file" name="file" accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,text/plain,text/html" />
          <span className="hint">{t("fileHint", { limitMb: LIMIT_MB, paragraphs: format.number(MAX_PARAGRAPHS) })}</span>
        </label>
      )}
      <div className="field-row">
        <label className="field">
          <span className="field-label">{tNew("titleLabel")}</span>
          <input name="title" type="text" autoComplete="off" />
        </label>
        <label className="field">
          <span className="field-label">{t("sourceUrlLabel")}</span>
          <input name="sourceUrl" type="url" autoComplete="off" placeholder="https://" />
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t("noteLabel")}</span>
        <input name="note" type="text" autoComplete="off" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={isPending} aria-busy={isPending}>
        {isPending ? t("reading") : t("preview")}
      </button>
    </form>
  );
}
