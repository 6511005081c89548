"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { MemorySummary } from "@/lib/core/memory/memory-summary";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sendUpload } from "@/components/ui/send-upload";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { FormMessage } from "@/components/ui/form-message";
import { ScopeSelect } from "@/components/projects/scope-select";

type Actions = {
  importTmx: (form: FormData) => Promise<ActionResult<{ id: number; name: string; entries: number }>>;
  remove: (input: { id: number }) => Promise<ActionResult<null>>;
};

/** The TM page's body: import a TMX file, list the imported memories, delete one after asking. */
type Scopes = { projects: { id: number; name: string }[]; allowShared: boolean };

export function MemoryManager({ memories, actions, scopes }: { memories: MemorySummary[]; actions: Actions; scopes?: Scopes }) {
  const t = useTranslations("Memory");
  const format = useFormatter();
  const { run, message, isPending } = useActionRunner();
  const [deleting, setDeleting] = useState<MemorySummary | null>(null);

  return (
    <>
      <form
        className="card memory-import"
        aria-labelledby="memory-import-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const element = event.currentTarget;
          const form = new FormData(element);
          run(
            () => sendUpload(form, actions.importTmx),
            (data) => {
              element.reset();
              return t("imported", { name: data.name, count: data.entries });
            },
          );
        }}
      >
        <h2 id="memory-import-heading">{t("importHeading")}</h2>
        <label className="field">
          <span>{t("fileLabel")}</span>
          <input type="file" name="file" accept=".tmx,application/x-tmx+xml,text/xml,application/xml" required />
        </label>
        <label className="field">
          <span>{t("nameLabel")}</span>
          <input type="text" name="name" maxLength={200} />
        </label>
        {scopes && <ScopeSelect {...scopes} />}
        <button type="submit" className="button primary" disabled={isPending}>
          {isPending ? t("importing") : t("importButton")}
        </button>
      </form>
      <FormMessage message={message} />
      {memories.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <table className="memory-table">
          <caption className="visually-hidden">{t("listCaption")}</caption>
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th className="numeric">{t("units")}</th>
              <th className="memory-file">{t("file")}</th>
              <th className="memory-created">{t("created")}</th>
              <th>
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {memories.map((memory) => (
              <tr key={memory.id}>
                <td>{memory.name}</td>
                <td className="numeric">{format.number(memory.entries)}</td>
                <td className="memory-file">{memory.fileName}</td>
                <td className="memory-created">{format.dateTime(memory.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>
                  <button type="button" className="button subtle" aria-label={t("deleteLabel", { name: memory.name })} onClick={() => setDeleting(memory)}>
                    {t("delete")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t("confirmTitle")}
        confirmLabel={t("confirmDelete")}
        cancelLabel={t("cancel")}
        isPending={isPending}
        onConfirm={() => {
          const memory = deleting;
          if (!memory) return;
          setDeleting(null);
          run(() => actions.remove({ id: memory.id }), () => t("deleted", { name: memory.name }));
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting && t("confirmBody", { name: deleting.name, count: deleting.entries })}</p>
      </ConfirmDialog>
    </>
  );
}
