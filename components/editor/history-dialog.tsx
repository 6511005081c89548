"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { Revision } from "@/lib/core/model";
import { diffRevisionText } from "@/lib/core/editor/diff-revision-text";
import { Dialog } from "@/components/ui/dialog";
import { DiffText } from "@/components/memory/memory-text";

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
  const t = useTranslations("History");
  const tStatus = useTranslations("Status");
  const tErrors = useTranslations("Errors");
  // Where a revision came from, when not typed here: " · from the review file".
  const by = (author: string) => (t("author", { author }) ? ` · ${t("author", { author })}` : "");
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
  // Each revision is compared with the text the paragraph had before it: the next older one that was kept.
  const earlierText = (revisions: Revision[], index: number) => revisions.slice(index + 1).find((r) => r.kind !== "refused")?.target;
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
      {result?.ok && result.data.length > 1 && (
        <p className="hint revision-legend">
          {t.rich("legend", {
            ins: (chunks) => <ins className="diff-inserted">{chunks}</ins>,
            del: (chunks) => <del className="diff-deleted">{chunks}</del>,
          })}
        </p>
      )}
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
                {by(revision.author)}
              </div>
              <RevisionText text={revision.target} earlier={earlierText(all, index)} emptyText={t("emptyText")} />
              {revision.id === currentId ? (
                <span className="revision-current">{t("current")}</span>
              ) : (
                <button type="button" className="button" onClick={() => segment && onRestore(segment.id, revision.id)}>
                  {t("restore")}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

/** A revision's text with what changed since the earlier text marked; plain when there is nothing to compare. */
function RevisionText({ text, earlier, emptyText }: { text: string; earlier: string | undefined; emptyText: string }) {
  const isCompared = earlier !== undefined && earlier !== text;
  return (
    <p lang="en" className="revision-text">
      {isCompared ? <DiffText parts={diffRevisionText(earlier, text)} /> : text || <em>{emptyText}</em>}
    </p>
  );
}
