"use client";
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS } from "@/lib/core/formats/export-data";

/** The export format field of a download form (submitted as `format`). */
export function FormatSelect() {
  const t = useTranslations("Export");
  return (
    <label className="control">
      <span className="control-label">{t("formatLabel")}</span>
      <select name="format" defaultValue="xliff20">
        {EXPORT_FORMATS.map((format) => (
          <option key={format} value={format}>
            {t(`formats.${format}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
