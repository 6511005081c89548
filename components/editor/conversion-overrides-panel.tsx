"use client";
import { useTranslations } from "next-intl";
import type { ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import { useEditorPermissions } from "./editor-permissions";

type Props = {
  overrides: ConversionOverride[];
  numberOf: (segmentId: number) => number;
  onJump: (segmentId: number) => void;
  onRemove: (overrideId: number) => void;
};

/** The document's conversion choices, each removable (the views go back to OpenCC's pick). */
export function ConversionOverridesPanel({ overrides, numberOf, onJump, onRemove }: Props) {
  const { canEdit } = useEditorPermissions();
  const t = useTranslations("ConversionReview");
  return (
    <section className="side-panel" aria-label={t("panelTitle")}>
      {overrides.length === 0 ? (
        <p className="hint">{t("panelNone")}</p>
      ) : (
        <ul className="panel-list">
          {overrides.map((override) => (
            <li key={override.id} className="panel-item">
              <span lang="zh" className="panel-quote">
                {override.from} → {override.to}
              </span>
              {override.segmentId === null ? (
                <span className="panel-gloss">{t("everywhere")}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onJump(override.segmentId!)}>
                  {t("oneParagraph", { n: numberOf(override.segmentId) })}
                </button>
              )}
              <span className="panel-actions">
                {canEdit && <button type="button" className="button subtle" aria-label={t("removeLabel", { from: override.from, to: override.to })} onClick={() => onRemove(override.id)}>
                  {t("remove")}
                </button>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
