"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ANNOTATION_CATEGORIES, type AnnotationCategory, type AnnotationMark } from "@/lib/core/model";
import { useEditorPermissions } from "./editor-permissions";

type Props = {
  annotations: readonly AnnotationMark[];
  numberOf: (segmentId: number) => number;
  onJump: (segmentId: number) => void;
  onEdit: (annotation: AnnotationMark) => void;
  onDelete: (annotation: AnnotationMark) => void;
};

/** Every annotation of the document: filter by category, jump to its paragraph, edit, delete. */
export function AnnotationsPanel({ annotations, numberOf, onJump, onEdit, onDelete }: Props) {
  const { canEdit } = useEditorPermissions();
  const t = useTranslations("Annotations");
  const [category, setCategory] = useState<AnnotationCategory | "all">("all");
  const shown = annotations.filter((a) => category === "all" || a.category === category);
  return (
    <section className="side-panel" aria-label={t("panelTitle")}>
      <label className="control">
        <span className="control-label">{t("category")}</span>
        <select value={category} onChange={(event) => setCategory(event.target.value as AnnotationCategory | "all")}>
          <option value="all">{t("allCategories")}</option>
          {ANNOTATION_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {t(`categories.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <ul className="panel-list">
          {shown.map((a) => (
            <li key={a.id} className={`panel-item annotation-${a.category}`}>
              <button type="button" className="link-button" onClick={() => onJump(a.segmentId)}>
                <span lang="zh">{a.quote}</span> · {t("paragraph", { n: numberOf(a.segmentId) })}
              </button>
              <span className="panel-gloss">
                {t(`categories.${a.category}`)}
                {a.gloss && <> — {a.gloss}</>}
              </span>
              {a.note && <span className="hint">{a.note}</span>}
              {a.isDetached && (
                <span className="warning" role="note">
                  {t("detached")}
                </span>
              )}
              {canEdit && (
                <span className="panel-actions">
                  <button type="button" className="button subtle" aria-label={t("editLabel", { quote: a.quote })} onClick={() => onEdit(a)}>
                    {t("edit")}
                  </button>
                  <button type="button" className="button subtle" aria-label={t("deleteLabel", { quote: a.quote })} onClick={() => onDelete(a)}>
                    {t("delete")}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
