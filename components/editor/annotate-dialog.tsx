"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import { ANNOTATION_CATEGORIES, type AnnotationCategory, type AnnotationInput } from "@/lib/core/model";
import { Dialog } from "@/components/ui/dialog";
import { DictionaryEntries } from "./dictionary-entries";

/** What the popover edits: a new span (segmentId, start, end) or an existing annotation (id). */
export type AnnotateRequest = {
  text: string;
  n: number;
  initial: AnnotationInput | null;
} & ({ kind: "new"; segmentId: number; start: number; end: number } | { kind: "edit"; id: number });

type Props = {
  request: AnnotateRequest | null;
  describe: (input: { text: string }) => Promise<ActionResult<{ pinyin: string; match: DictionaryMatch | null }>>;
  onSave: (request: AnnotateRequest, fields: AnnotationInput, addToGlossary: boolean) => Promise<boolean>;
  onClose: () => void;
};

/** The annotation popover: the text, its pinyin and dictionary senses, a gloss, a note, a category. */
export function AnnotateDialog({ request, describe, onSave, onClose }: Props) {
  const t = useTranslations("Annotations");
  return (
    <Dialog open={request !== null} title={t("dialogTitle")} onClose={onClose} className="annotate-dialog">
      {request && <AnnotateForm key={request.kind === "new" ? `${request.segmentId}:${request.start}:${request.end}` : request.id} request={request} describe={describe} onSave={onSave} onClose={onClose} />}
    </Dialog>
  );
}

function AnnotateForm({ request, describe, onSave, onClose }: Props & { request: AnnotateRequest }) {
  const t = useTranslations("Annotations");
  const [fields, setFields] = useState<AnnotationInput>(request.initial ?? { gloss: "", note: "", pinyin: "", category: "other" });
  const [match, setMatch] = useState<DictionaryMatch | null>(null);
  const [addToGlossary, setAddToGlossary] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const set = (next: Partial<AnnotationInput>) => setFields((current) => ({ ...current, ...next }));

  useEffect(() => {
    let isCurrent = true;
    void describe({ text: request.text }).then((result) => {
      if (!isCurrent || !result.ok) return;
      setMatch(result.data.match);
      setFields((current) => (current.pinyin ? current : { ...current, pinyin: result.data.pinyin }));
    });
    return () => {
      isCurrent = false;
    };
  }, [describe, request.text]);

  return (
    <form
      className="annotate-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void onSave(request, fields, addToGlossary).finally(() => setSaving(false));
      }}
    >
      <p className="annotate-quote" lang="zh">
        {request.text} <span className="hint">{t("inParagraph", { n: request.n })}</span>
      </p>
      <label className="field">
        <span>{t("pinyin")}</span>
        <input value={fields.pinyin} onChange={(event) => set({ pinyin: event.target.value })} />
      </label>
      {match && (
        <section className="annotate-senses" aria-label={t("senses")}>
          <DictionaryEntries match={match} />
        </section>
      )}
      <label className="field">
        <span>{t("gloss")}</span>
        <input value={fields.gloss} data-autofocus onChange={(event) => set({ gloss: event.target.value })} />
      </label>
      <label className="field">
        <span>{t("note")}</span>
        <textarea rows={2} value={fields.note} onChange={(event) => set({ note: event.target.value })} />
      </label>
      <label className="field">
        <span>{t("category")}</span>
        <select value={fields.category} onChange={(event) => set({ category: event.target.value as AnnotationCategory })}>
          {ANNOTATION_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`categories.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={addToGlossary} disabled={fields.gloss.trim() === ""} onChange={(event) => setAddToGlossary(event.target.checked)} />
        {t("addToGlossary")}
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
        <button type="submit" className="button primary" disabled={isSaving}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
