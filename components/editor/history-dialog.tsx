"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { Revision } from "@/lib/core/model";
import { condenseDiff } from "@/lib/core/editor/condense-diff";
import { diffRevisionText } from "@/lib/core/editor/diff-revision-text";
import { Dialog } from "@/components/ui/dialog";
import { DiffText } from "@/components/memory/memory-text";
import { useEditorPermissions } from "./editor-permissions";

export type FindRevisionsAction = (input: { segmentId: number }) => Promise<ActionResult<Revision[]>>;

type Props = {
  /** The paragraph whose history is open, or null. */
  segment: { id: number; n: number; version: number } | null;
  findRevisions: FindRevisionsAction;
  onRestore: (segmentId: number, revisionId: number) => void;
  onClose: () => void;
};

/** A paragraph's saved texts, newest first, each of which can be made the current text again. */
export function HistoryDialog({ segment, findRevisions, onRestore, onClose }: Props) {
  const { canEdit } = useEditorPermissions();
  const t = useTranslations("History");
  const tStatus = useTranslations("Status");
  const tErrors = useTranslations("Errors");
  // Who wrote a revision (team mode: " · by Ann"), or where it came from when not typed here: " · from the review file".
  const by = (author: string, authorName = "") => (authorName ? ` · ${t("by", { name: authorName })}` : t("author", { author }) ? ` · ${t("author", { author })}` : "");
  const format = useFormatter();
  const [revisions, setRevisions] = useState<{ for: number; result: ActionResult<Revision[]> } | null>(null);

  useEffect(() => {
    if (!segment) return;
    let isCurrent = true;
    void findRevisions({ segmentId: segment.id })
      .catch((): ActionResult<Revision[]> => ({ ok: false, code: "UNEXPECTED" }))
      .then((result) => isCurrent && setRevisions({ for: segment.id, result }));
    return () => {
      isCurrent = false;
    };
  }, [segment, findRevisions]);

  const result = segment && revisions?.for === segment.id ? revisions.result : null;
  // The newest revision that changed the text is what the paragraph shows now.
  const currentId = result?.ok ? result.data.find((r) => r.kind !== "refused")?.id : undefined;
  // A kept revision is compared with the text the paragraph had before it: the next older kept one.
  // A refused one never became the paragraph's text, so it is shown as it was typed.
  const earlierText = (revisions: Revision[], index: number) =>
    revisions[index].kind === "refused" ? undefined : revisions.slice(index + 1).find((r) => r.kind !== "refused")?.target;
  return (
    <Dialog
      open={segment !== null}
      title={t("title", { n: segment?.n ?? 0 })}
      onClose={onClose}
      className="history-dialog"
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t("close")}
        </button>
      }
    >
      {!result && <p className="hint">{t("loading")}</p>}
      {result && !result.ok && <p className="error">{tErrors(result.code)}</p>}
      {result?.ok && result.data.length === 0 && <p className="hint">{t("empty")}</p>}
      {result?.ok && result.data.length > 0 && (
        <ol className="revision-list">
          {result.data.map((revision, index, all) => (
            <li key={revision.id} className={`revision revision-${revision.kind}`}>
              <div className="revision-meta">
                {t("meta", {
                  kind: t("kind", { kind: revision.kind }),
                  status: tStatus(revision.status),
                  time: format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
                {by(revision.author, revision.authorName)}
              </div>
              <p lang="en" className="revision-text">
                {revision.target || <em>{t("emptyText")}</em>}
              </p>
              {revision.id === currentId ? (
                <span className="revision-current">{t("current")}</span>
              ) : (
                canEdit && (
                  <button type="button" className="button" onClick={() => segment && onRestore(segment.id, revision.id)}>
                    {t("restore")}
                  </button>
                )
              )}
              <RevisionChanges text={revision.target} earlier={earlierText(all, index)} label={t("changes")} />
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

/** What a revision changed in the text before it, shortened to the changes and the words around them. */
function RevisionChanges({ text, earlier, label }: { text: string; earlier: string | undefined; label: string }) {
  if (earlier === undefined || earlier === text) return null;
  return (
    <p lang="en" className="revision-changes">
      <span className="revision-changes-label">{label} </span>
      <DiffText parts={condenseDiff(diffRevisionText(earlier, text))} />
    </p>
  );
}
