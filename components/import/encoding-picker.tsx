"use client";
import { useTranslations } from "next-intl";
import { ENCODING_LABELS, SOURCE_ENCODINGS, isSourceEncoding } from "@/lib/core/import/encodings";
import type { SourcePreview } from "@/lib/core/import/source-preview";

const labelOf = (encoding: string) => (isSourceEncoding(encoding) ? ENCODING_LABELS[encoding] : encoding);
const CONFIDENT = 0.8;

type Props = { preview: SourcePreview; disabled: boolean; onChange: (encoding: string) => void };

/** Shows the detected encoding and lets the user decode the file with another one. */
export function EncodingPicker({ preview, disabled, onChange }: Props) {
  const t = useTranslations("Import");
  return (
    <div className="encoding-picker">
      <label>
        {t("encodingLabel")}{" "}
        <select value={preview.encoding} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          {SOURCE_ENCODINGS.map((value) => (
            <option key={value} value={value}>
              {ENCODING_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {preview.detected && (
        <span className="hint">
          {t("detected", { encoding: labelOf(preview.detected.encoding), confidence: Math.round(preview.detected.confidence * 100) })}
        </span>
      )}
      {preview.replacementCount > 0 ? (
        <span role="alert" className="warning">
          {t("replacements", { count: preview.replacementCount })}
        </span>
      ) : (
        preview.detected &&
        preview.detected.encoding !== preview.encoding &&
        preview.detected.confidence >= CONFIDENT && (
          <span role="alert" className="warning">
            {t("encodingMismatch", { detected: labelOf(preview.detected.encoding) })}
          </span>
        )
      )}
    </div>
  );
}
