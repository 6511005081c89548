"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { sendUpload } from "@/components/ui/send-upload";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { TERM_USAGES, type Term, type TermInput, type TermUsage } from "@/lib/core/model";
import { FormMessage } from "@/components/ui/form-message";

type Actions = {
  create: (input: TermInput) => Promise<ActionResult<Term>>;
  update: (input: TermInput & { id: number }) => Promise<ActionResult<Term>>;
  remove: (input: { id: number }) => Promise<ActionResult<null>>;
  importFile: (form: FormData) => Promise<ActionResult<{ added: number; updated: number; skipped: number; leftOut: number }>>;
};

const EMPTY: TermInput = { source: "", target: "", note: "", usage: "preferred" };

/** The glossary: search, add, edit, delete, import CSV or TBX, export CSV, TBX 2008 or TBX v3. `from`: the document it was opened from. */
export function GlossaryEditor({ terms, query, from, actions }: { terms: Term[]; query: string; from?: number; actions: Actions }) {
  const t = useTranslations("Glossary");
  const { run, message, setMessage, isPending } = useActionRunner();
  const [editing, setEditing] = useState<number | null>(null);

  return (
    <>
      <div className="glossary-tools">
        <form role="search" action="/glossary">
          <input type="search" name="q" aria-label={t("search")} placeholder={t("search")} defaultValue={query} />
          {/* A search keeps the link back to the document the glossary was opened from. */}
          {from !== undefined && <input type="hidden" name="from" value={from} />}
        </form>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const element = event.currentTarget;
            run(
              () => sendUpload(form, actions.importFile),
              (data) => {
                element.reset();
                return t("imported", data);
              },
            );
          }}
        >
          <label className="field">
            <span>{t("importLabel")}</span>
            <input type="file" name="file" accept=".csv,.tbx,text/csv,application/x-tbx+xml" required />
          </label>
          <button type="submit" className="button" disabled={isPending}>
            {t("importButton")}
          </button>
        </form>
        <a className="button" href="/api/glossary/csv" download>
          {t("exportCsv")}
        </a>
        <a className="button" href="/api/glossary/tbx" download>
          {t("exportTbx")}
        </a>
        <a className="button" href="/api/glossary/tbx3" download>
          {t("exportTbx3")}
        </a>
        <span className="hint">{t("csvHint")}</span>
      </div>
      <FormMessage message={message} />
      <TermForm key={`new-${terms.length}`} initial={EMPTY} submitLabel={t("add")} onSubmit={(term) => run(() => actions.create(term), () => setMessage(null))} />
      <p className="hint">{t("count", { count: terms.length })}</p>
      <table className="glossary-table">
        <caption className="visually-hidden">{t("listCaption")}</caption>
        <thead>
          <tr>
            <th>{t("source")}</th>
            <th>{t("target")}</th>
            <th>{t("note")}</th>
            <th>{t("usage")}</th>
            <th>
              <span className="visually-hidden">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.slice(0, 500).map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={5}>
                  <TermForm
                    initial={term}
                    submitLabel={t("save")}
                    onCancel={() => setEditing(null)}
                    onSubmit={(input) => run(() => actions.update({ ...input, id: term.id }), () => setEditing(null))}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id}>
                <td lang="zh">{term.source}</td>
                <td>{term.target}</td>
                <td>{term.note}</td>
                <td>{t(`usages.${term.usage}`)}</td>
                <td>
                  <button type="button" className="button subtle" aria-label={t("editLabel", { source: term.source })} onClick={() => setEditing(term.id)}>
                    {t("edit")}
                  </button>
                  <button type="button" className="button subtle" aria-label={t("deleteLabel", { source: term.source })} onClick={() => run(() => actions.remove({ id: term.id }), () => undefined)}>
                    {t("delete")}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {terms.length === 0 && <p className="hint">{t("empty")}</p>}
    </>
  );
}

function TermForm({ initial, submitLabel, onSubmit, onCancel }: { initial: TermInput; submitLabel: string; onSubmit: (term: TermInput) => void; onCancel?: () => void }) {
  const t = useTranslations("Glossary");
  const [term, setTerm] = useState<TermInput>({ source: initial.source, target: initial.target, note: initial.note, usage: initial.usage });
  const set = (next: Partial<TermInput>) => setTerm((current) => ({ ...current, ...next }));
  return (
    <form
      className="glossary-tools"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(term);
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
