"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ThreadView } from "@/lib/core/comments/comment-types";
import type { Mentionable } from "@/lib/core/comments/mentions";
import { CommentForm } from "./comment-form";
import { CommentText } from "./comment-text";

type Props = {
  thread: ThreadView;
  me: string;
  people: readonly Mentionable[];
  time: (date: Date | string) => string;
  onReply: (body: string) => Promise<boolean>;
  onEdit: (commentId: number, body: string) => Promise<boolean>;
  onDelete: (commentId: number) => Promise<boolean>;
  onResolve: (resolved: boolean) => void;
  /** False for a reader (viewer): the thread is shown, nothing to write. */
  canWrite: boolean;
};

/** One thread: its comments (one's own can be edited or deleted), a reply box, resolve or reopen. */
export function CommentThread({ thread, me, people, time, onReply, onEdit, onDelete, onResolve, canWrite }: Props) {
  const t = useTranslations("Comments");
  const [editing, setEditing] = useState<number | null>(null);
  const isResolved = thread.resolvedAt !== null;
  const who = (author: string, name: string) => name || (author === me ? t("you") : t("someone"));
  const headingId = `thread-${thread.id}`;
  return (
    <article className="comment-thread" data-resolved={isResolved || undefined} aria-labelledby={headingId}>
      <h3 id={headingId} className="comment-thread-heading">
        <span className="comment-state">{isResolved ? t("resolved") : t("open")}</span>
        {thread.annotationQuote && <span className="comment-on">{t("onAnnotation", { quote: thread.annotationQuote })}</span>}
        {isResolved && thread.resolvedByName && <span className="hint">{t("resolvedBy", { name: thread.resolvedByName })}</span>}
      </h3>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <div className="comment-meta">
              <strong>{who(comment.author, comment.authorName)}</strong> · <time dateTime={new Date(comment.createdAt).toISOString()}>{time(comment.createdAt)}</time>
              {comment.editedAt && <> · {t("edited")}</>}
            </div>
            {editing === comment.id ? (
              <CommentForm
                label={t("editLabel")}
                submitLabel={t("save")}
                people={people}
                initial={comment.body}
                isAutofocus
                onCancel={() => setEditing(null)}
                onSubmit={async (body) => {
                  const isKept = await onEdit(comment.id, body);
                  if (isKept) setEditing(null);
                  return isKept;
                }}
              />
            ) : (
              <CommentText body={comment.body} people={people} />
            )}
            {canWrite && comment.author === me && editing !== comment.id && (
              <div className="comment-own">
                <button type="button" className="button subtle" onClick={() => setEditing(comment.id)}>
                  {t("edit")}
                </button>
                <button type="button" className="button subtle" onClick={() => void onDelete(comment.id)}>
                  {t("delete")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {canWrite && (
        <>
          <CommentForm label={t("replyLabel")} submitLabel={t("reply")} people={people} onSubmit={onReply} />
          <button type="button" className="button" onClick={() => onResolve(!isResolved)}>
            {isResolved ? t("reopen") : t("resolve")}
          </button>
        </>
      )}
    </article>
  );
}
