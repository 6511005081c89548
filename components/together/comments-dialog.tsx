"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { SegmentComments, ThreadView } from "@/lib/core/comments/comment-types";
import { useEditorPermissions } from "@/components/editor/editor-permissions";
import { Dialog } from "@/components/ui/dialog";
import { readJson } from "@/components/ui/read-json";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";
import type { CommentActions } from "./together-actions";

type Props = {
  target: { segmentId: number; n: number } | null;
  me: string;
  actions: CommentActions;
  onChanged: () => void;
  onClose: () => void;
};

/** A paragraph's comment threads, open ones first, and a box to start a new one (on the paragraph or one of its annotations); a reader only reads them. */
export function CommentsDialog({ target, me, actions, onChanged, onClose }: Props) {
  const t = useTranslations("Comments");
  const tErrors = useTranslations("Errors");
  const [loaded, setLoaded] = useState<{ for: number; result: ActionResult<SegmentComments> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [about, setAbout] = useState("");
  const format = useFormatter();
  const { canEdit } = useEditorPermissions();

  useEffect(() => {
    if (!target) return;
    let isCurrent = true;
    void readJson<SegmentComments>(`/api/segments/${target.segmentId}/comments`).then((result) => isCurrent && setLoaded({ for: target.segmentId, result }));
    return () => {
      isCurrent = false;
    };
  }, [target]);

  const result = loaded && target && loaded.for === target.segmentId ? loaded.result : null;
  const data = result?.ok ? result.data : null;
  const time = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" });

  /** Applies an action's answer: the thread replaced (or gone), the badge counts read again; false with the message on a refusal. */
  const apply = async (pending: Promise<ActionResult<ThreadView | null>>, threadId?: number): Promise<boolean> => {
    const answer = await pending;
    if (!answer.ok) {
      setError(tErrors(answer.code, answer.params));
      return false;
    }
    setError(null);
    setLoaded((current) => {
      if (!current?.result.ok) return current;
      const threads = current.result.data.threads.filter((thread) => thread.id !== (answer.data?.id ?? threadId));
      const next = answer.data ? (threadId === undefined ? [...threads, answer.data] : current.result.data.threads.map((thread) => (thread.id === threadId ? answer.data! : thread))) : threads;
      return { ...current, result: { ok: true, data: { ...current.result.data, threads: next } } };
    });
    onChanged();
    return true;
  };

  return (
    <Dialog
      open={target !== null}
      title={target ? t("title", { n: target.n }) : ""}
      className="comments-dialog"
      onClose={() => {
        setError(null);
        onClose();
      }}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t("close")}
        </button>
      }
    >
      {!result && <p className="hint">{t("loading")}</p>}
      {result && !result.ok && <p className="error">{tErrors(result.code)}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {data && target && (
        <>
          {data.threads.length === 0 && <p className="hint">{t("none")}</p>}
          {data.threads.map((thread) => (
            <CommentThread
              key={thread.id}
              thread={thread}
              me={me}
              people={data.people}
              time={time}
              onReply={(body) => apply(actions.reply({ threadId: thread.id, body }), thread.id)}
              onEdit={(commentId, body) => apply(actions.edit({ commentId, body }), thread.id)}
              onDelete={(commentId) => apply(actions.remove({ commentId }), thread.id)}
              onResolve={(resolved) => void apply(actions.setResolved({ threadId: thread.id, resolved }), thread.id)}
              canWrite={canEdit}
            />
          ))}
          {canEdit && <section className="comment-new" aria-label={t("newThread")}>
            <h3>{t("newThread")}</h3>
            {data.annotations.length > 0 && (
              <span className="comment-about">
                <label htmlFor={`comment-about-${target.segmentId}`}>{t("about")}</label>{" "}
                <select id={`comment-about-${target.segmentId}`} value={about} onChange={(event) => setAbout(event.target.value)}>
                  <option value="">{t("aboutParagraph")}</option>
                  {data.annotations.map((annotation) => (
                    <option key={annotation.id} value={annotation.id}>
                      {t("aboutAnnotation", { quote: annotation.quote })}
                    </option>
                  ))}
                </select>
              </span>
            )}
            <CommentForm
              label={t("bodyLabel")}
              submitLabel={t("post")}
              people={data.people}
              isAutofocus={data.threads.length === 0}
              onSubmit={(body) => apply(actions.createThread({ segmentId: target.segmentId, annotationId: about ? Number(about) : null, body }))}
            />
          </section>}
        </>
      )}
    </Dialog>
  );
}
