"use client";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormatSelect } from "./format-select";
import { fetchDownload, type DownloadResult } from "./fetch-download";

export const EXPORT_SELECTED_FORM = "export-documents";

type Failure = Extract<DownloadResult, { ok: false }>["code"];

/** The ids ticked in the list: checkboxes that belong to the form through their `form` attribute. */
const tickedIds = (form: HTMLFormElement) => new FormData(form).getAll("id");

/**
 * Downloads the documents ticked in the list as one zip. The button waits for a tick; the file is
 * fetched so that an error (a document deleted meanwhile, a server failure) is said here, in the page,
 * instead of replacing it (the route answers errors as `{ code }` JSON, for scripts and the CLI's users).
 * `listKey` names the documents listed, so that ticks are counted again when the list changes.
 */
export function ExportSelectedForm({ listKey }: { listKey: string }) {
  const t = useTranslations("Export");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [ticked, setTicked] = useState(0);
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const count = useCallback(() => {
    const form = formRef.current;
    const n = form ? tickedIds(form).length : 0;
    setTicked(n);
    return n;
  }, []);

  // Counted at first (boxes the browser restored, back/forward) and whenever the list changed (a
  // document deleted, the page refreshed): ticked rows may have gone.
  useEffect(() => {
    count();
  }, [listKey, count]);

  useEffect(() => {
    // The checkboxes live in the table, outside the form: any change in the page may tick one.
    // A new choice of documents starts afresh: the last failure's message goes.
    const onChange = (event: Event) => {
      count();
      if (event.target instanceof HTMLInputElement && event.target.form === formRef.current) setFailure(null);
    };
    const onPageShow = () => count();
    document.addEventListener("change", onChange);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("change", onChange);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [count]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    // A ticked row may have gone since (deleted, the list refreshed).
    if (count() === 0) return;
    const query = new URLSearchParams();
    new FormData(form).forEach((value, key) => typeof value === "string" && query.append(key, value));
    setPending(true);
    setFailure(null);
    const result = await fetchDownload(`${form.action}?${query}`, { fallbackName: "duizhao.zip" });
    setPending(false);
    if (result.ok) return;
    setFailure(result.code);
    // A document deleted elsewhere: the list shows what is left.
    if (result.code === "NOT_FOUND") router.refresh();
  };

  const message =
    failure === null
      ? null
      : failure === "NOT_FOUND"
        ? t("zipMissing")
        : failure === "REQUEST_FAILED"
          ? t("zipUnreachable")
          : t("zipFailed", { reason: tErrors(failure) });
  return (
    <form
      id={EXPORT_SELECTED_FORM}
      ref={formRef}
      method="get"
      action="/api/export"
      className="export-selected"
      aria-label={t("exportSelected")}
      aria-busy={isPending}
      onSubmit={submit}
    >
      <p className="hint">{t("selectionHint")}</p>
      <FormatSelect />
      <input type="hidden" name="annotations" value="on" />
      <button type="submit" className="button" disabled={ticked === 0 || isPending} aria-describedby="export-selected-state">
        {isPending ? t("preparingZip") : t("exportSelected")}
      </button>
      <span id="export-selected-state" className="hint export-selected-state" aria-live="polite">
        {ticked === 0 ? t("nothingTicked") : t("tickedCount", { count: ticked })}
      </span>
      {message && (
        <p role="alert" className="error export-selected-error">
          {message}
        </p>
      )}
    </form>
  );
}
