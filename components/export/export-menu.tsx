"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { SCRIPT_VIEWS } from "@/lib/core/model";
import { sendUpload } from "@/components/ui/send-upload";
import { useMenuInWindow } from "@/components/ui/use-menu-in-window";
import { FormatSelect } from "./format-select";

export type ImportSummaryView = { changed: number; unchanged: number; unmatched: number; conflicts: number; conflictParagraphs: number[]; notes?: number };

type Props = {
  documentId: number;
  /** Left out for a reader (viewer): the menu only downloads. */
  importTranslations?: (form: FormData) => Promise<ActionResult<ImportSummaryView>>;
};

/** The editor's export menu: a download form (format and options), and importing translations back. */
export function ExportMenu({ documentId, importTranslations }: Props) {
  const t = useTranslations("Export");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [isPending, startTransition] = useTransition();
  const { panelRef, onToggle } = useMenuInWindow<HTMLDivElement>();
  const describeImport = ({ conflicts, conflictParagraphs, notes = 0, changed, unchanged, unmatched }: ImportSummaryView) =>
    [
      t("importSummary", { changed, unchanged, unmatched }),
      conflicts > 0 && t("importConflicts", { conflicts, paragraphs: conflictParagraphs.join(", ") }),
      notes > 0 && t("importNotes", { notes }),
    ]
      .filter(Boolean)
      .join(" ");
  return (
    <details className="menu export-menu" onToggle={onToggle}>
      <summary className="button">{t("button")}</summary>
      <div className="menu-panel export-panel" ref={panelRef}>
        {/* A plain GET form: the browser downloads the file the route answers with. */}
        <form method="get" action={`/api/documents/${documentId}/export`} aria-label={t("heading")} className="export-form">
          <FormatSelect />
          <label className="control">
            <span className="control-label">{t("scriptLabel")}</span>
            <select name="script" defaultValue="original">
              {SCRIPT_VIEWS.map((script) => (
                <option key={script} value={script} title={script === "tw" || script === "hk" || script === "twp" ? t(`scriptHints.${script}`) : undefined}>
                  {t(`scripts.${script}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="scope" value="translated" /> {t("onlyTranslated")}
          </label>
          <label className="check">
            <input type="checkbox" name="annotations" defaultChecked /> {t("withAnnotations")}
          </label>
          <label className="check">
            <input type="checkbox" name="layout" value="interleaved" /> {t("interleaved")}
          </label>
          <label className="check">
            <input type="checkbox" name="prefill" /> {t("prefillTarget")}
          </label>
          <button type="submit" className="button primary">
            {t("download")}
          </button>
        </form>
        {importTranslations && <form
          className="import-translations"
          aria-label={t("importHeading")}
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            startTransition(async () => {
              const result = await sendUpload(form, importTranslations);
              setMessage(result.ok ? describeImport(result.data) : tErrors(result.code, result.params));
              if (result.ok && (result.data.changed > 0 || (result.data.notes ?? 0) > 0)) router.refresh();
            });
          }}
        >
          <h2>{t("importHeading")}</h2>
          <p className="hint">{t("importHint")}</p>
          <label className="control">
            <span className="control-label">{t("importFileOrReview")}</span>
            <input type="file" name="file" accept=".xlf,.xliff,.tmx,.docx,.xlsx,application/xliff+xml,application/x-tmx+xml" required />
          </label>
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? t("importing") : t("importButton")}
          </button>
          <p role="status" className="import-summary">
            {message}
          </p>
        </form>}
      </div>
    </details>
  );
}
