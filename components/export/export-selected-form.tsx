import { useTranslations } from "next-intl";
import { FormatSelect } from "./format-select";

export const EXPORT_SELECTED_FORM = "export-documents";

/** Downloads the documents ticked in the list as one zip (a plain GET form: no script needed). */
export function ExportSelectedForm() {
  const t = useTranslations("Export");
  return (
    <form id={EXPORT_SELECTED_FORM} method="get" action="/api/export" className="export-selected" aria-label={t("exportSelected")}>
      <p className="hint">{t("selectionHint")}</p>
      <FormatSelect />
      <input type="hidden" name="annotations" value="on" />
      <button type="submit" className="button">
        {t("exportSelected")}
      </button>
    </form>
  );
}
