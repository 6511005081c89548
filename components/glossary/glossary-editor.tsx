"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { sendUpload } from "@/components/ui/send-upload";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { ScopeSelect } from "@/components/projects/scope-select";
import type { Term, TermInput } from "@/lib/core/model";
import { TermForm, type Scopes } from "./term-form";
import { FormMessage } from "@/components/ui/form-message";

type Actions = {
  create: (input: TermInput & { projectId?: number | null }) => Promise<ActionResult<Term>>;
  update: (input: TermInput & { id: number }) => Promise<ActionResult<Term>>;
  remove: (input: { id: number }) => Promise<ActionResult<null>>;
  approve: (input: { id: number }) => Promise<ActionResult<Term>>;
  importFile: (form: FormData) => Promise<ActionResult<{ added: number; updated: number; skipped: number; leftOut: number }>>;
};

/** A term as the page lists it: who proposed it (a name, "" when none), and what the user may do to it (the server decides, and checks again). */
export type GlossaryEntry = Term & { proposerName: string; canChange: boolean; canApprove: boolean };

/** Team mode: how many proposals there are, and whether only they are listed. */
type Proposals = { count: number; isShown: boolean };

const EMPTY: TermInput = { source: "", target: "", note: "", usage: "preferred" };

/**
 * The glossary: search, add, edit, delete, import CSV or TBX, export CSV, TBX 2008 or TBX v3; in team mode
 * also the proposals, approved or rejected by a reviewer. `from`: the document it was opened from.
 */
export function GlossaryEditor({
  terms,
  query,
  from,
  canAdd = true,
  canImport = true,
  scopes,
  importScopes,
  proposals,
  actions,
}: {
  terms: GlossaryEntry[];
  query: string;
  from?: number;
  canAdd?: boolean;
  canImport?: boolean;
  scopes?: Scopes;
  /** Where an import may go: it adds approved terms, so only where the user may review. */
  importScopes?: Scopes;
  proposals?: Proposals;
  actions: Actions;
}) {
  const t = useTranslations("Glossary");
  const tProjects = useTranslations("Projects");
  const { run, message, isPending } = useActionRunner();
  const [editing, setEditing] = useState<number | null>(null);
  // Bumped by each term added: the add form starts empty again then, and only then.
  const [addedCount, setAddedCount] = useState(0);
  const columns = proposals ? 6 : 5;
  const href = (show: "all" | "proposals") => {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...(from !== undefined ? { from: String(from) } : {}), ...(show === "proposals" ? { show } : {}) });
    return `/glossary${params.size ? `?${params}` : ""}`;
  };

  return (
    <>
      <div className="glossary-tools">
        <form role="search" action="/glossary">
          <input type="search" name="q" aria-label={t("search")} placeholder={t("search")} defaultValue={query} />
          {/* A search keeps the link back to the document the glossary was opened from, and the proposals filter. */}
          {from !== undefined && <input type="hidden" name="from" value={from} />}
          {proposals?.isShown && <input type="hidden" name="show" value="proposals" />}
        </form>
        {canImport && (
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
            {importScopes && <ScopeSelect {...importScopes} label={tProjects("importInto")} />}
            <button type="submit" className="button" disabled={isPending}>
              {t("importButton")}
            </button>
          </form>
        )}
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
      {canAdd && (
        <TermForm
          key={`new-${addedCount}`}
          initial={EMPTY}
          submitLabel={t("add")}
          scopes={scopes}
          onSubmit={(term, projectId) =>
            run(
              () => actions.create({ ...term, projectId }),
              (added) => {
                setAddedCount((count) => count + 1);
                return added.status === "proposed" ? t("proposedNotice", { source: added.source }) : t("addedNotice", { source: added.source });
              },
            )
          }
        />
      )}
      {proposals && (
        <nav className="unit-toggle glossary-filter" aria-label={t("filterLabel")}>
          <span className="unit-toggle-options">
            <Link href={href("all")} aria-current={proposals.isShown ? undefined : "page"}>
              {t("allTerms")}
            </Link>
            <Link href={href("proposals")} aria-current={proposals.isShown ? "page" : undefined}>
              {t("proposalsLink", { count: proposals.count })}
            </Link>
          </span>
        </nav>
      )}
      <p className="hint">{proposals?.isShown ? t("proposalCount", { count: terms.length }) : t("count", { count: terms.length })}</p>
      <table className="glossary-table">
        <caption className="visually-hidden">{proposals?.isShown ? t("proposalsCaption") : t("listCaption")}</caption>
        <thead>
          <tr>
            <th>{t("source")}</th>
            <th>{t("target")}</th>
            <th>{t("note")}</th>
            <th>{t("usage")}</th>
            {proposals && <th>{t("status")}</th>}
            <th>
              <span className="visually-hidden">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.slice(0, 500).map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={columns}>
                  <TermForm
                    initial={term}
                    submitLabel={t("save")}
                    onCancel={() => setEditing(null)}
                    onSubmit={(input) => run(() => actions.update({ ...input, id: term.id }), () => setEditing(null))}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id} className={term.status === "proposed" ? "glossary-proposal" : undefined}>
                <td lang="zh">{term.source}</td>
                <td>{term.target}</td>
                <td>{term.note}</td>
                <td>{t(`usages.${term.usage}`)}</td>
                {proposals && (
                  <td>
                    {term.status === "proposed" ? (
                      <>
                        <span className="badge proposed-badge">{t("proposedBadge")}</span> {term.proposerName && <span className="hint">{t("proposedBy", { name: term.proposerName })}</span>}
                      </>
                    ) : (
                      t("approved")
                    )}
                  </td>
                )}
                <td className="glossary-actions">
                  {term.canApprove && (
                    <button type="button" className="button primary" aria-label={t("approveLabel", { source: term.source })} disabled={isPending} onClick={() => run(() => actions.approve({ id: term.id }), () => undefined)}>
                      {t("approve")}
                    </button>
                  )}
                  {term.canChange && (
                    <button type="button" className="button subtle" aria-label={t("editLabel", { source: term.source })} onClick={() => setEditing(term.id)}>
                      {t("edit")}
                    </button>
                  )}
                  {term.canChange && (
                    <DeleteButton term={term} disabled={isPending} onDelete={() => run(() => actions.remove({ id: term.id }), () => undefined)} />
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {terms.length === 0 && <p className="hint">{proposals?.isShown ? t("noProposals") : t("empty")}</p>}
    </>
  );
}

/** Delete for an approved term; for a proposal Reject (a reviewer's) or Withdraw (its author's own). */
function DeleteButton({ term, disabled, onDelete }: { term: GlossaryEntry; disabled: boolean; onDelete: () => void }) {
  const t = useTranslations("Glossary");
  const verb = term.status === "approved" ? "delete" : term.canApprove ? "reject" : "withdraw";
  return (
    <button type="button" className="button subtle" aria-label={t(`${verb}Label`, { source: term.source })} disabled={disabled} onClick={onDelete}>
      {t(verb)}
    </button>
  );
}
