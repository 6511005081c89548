"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ScopeSelect } from "@/components/projects/scope-select";
import { TERM_USAGES, type TermInput, type TermUsage } from "@/lib/core/model";

/** Where a new term may go: the projects the user may add to, and whether the shared glossary too. */
export type Scopes = { projects: { id: number; name: string }[]; allowShared: boolean };

/** A term's fields (a new term's with the scope choice, when there is one). */
export function TermForm({ initial, submitLabel, scopes, onSubmit, onCancel }: { initial: TermInput; submitLabel: string; scopes?: Scopes; onSubmit: (term: TermInput, projectId: number | null) => void; onCancel?: () => void }) {
  const t = useTranslations("Glossary");
  const tProjects = useTranslations("Projects");
  const [term, setTerm] = useState<TermInput>({ source: initial.source, target: initial.target, note: initial.note, usage: initial.usage });
  const set = (next: Partial<TermInput>) => setTerm((current) => ({ ...current, ...next }));
  return (
    <form
      className="glossary-tools"
      onSubmit={(event) => {
        event.preventDefault();
        // The scope choice (ScopeSelect, field `projectId`: "" the shared glossary) when there is one.
        const scope = new FormData(event.currentTarget).get("projectId");
        onSubmit(term, typeof scope === "string" && scope !== "" ? Number(scope) : null);
      }}
    >
      <label className="field">
        <span>{t("source")}</span>
        <input required lang="zh" value={term.source} onChange={(event) => set({ source: event.target.value })} />
      </label>
      <label className="field">
        <span>{t("target")}</span>
        <input required value={term.target} onChange={(event) => set({ target: event.target.value })} />
      </label>
      <label className="field">
        <span>{t("note")}</span>
        <input value={term.note} onChange={(event) => set({ note: event.target.value })} />
      </label>
      <label className="field">
        <span>{t("usage")}</span>
        <select value={term.usage} onChange={(event) => set({ usage: event.target.value as TermUsage })}>
          {TERM_USAGES.map((usage) => (
            <option key={usage} value={usage}>
              {t(`usages.${usage}`)}
            </option>
          ))}
        </select>
      </label>
      {scopes && <ScopeSelect {...scopes} label={tProjects("addTo")} />}
      <button type="submit" className="button primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      )}
    </form>
  );
}
