import "server-only";
import { checkCommentBody } from "@/lib/core/comments/comment-body";
import { findMentions, type Mentionable } from "@/lib/core/comments/mentions";
import type { CommentCount, CommentView, ThreadView } from "@/lib/core/comments/comment-types";
import { DomainError } from "@/lib/core/errors";
import { findAuthorNames } from "./authors";
import { prisma } from "./db";
import { publishComments } from "./live/publish-changes";

export type { CommentCount, CommentView, ThreadView };

/** Who can be mentioned in the document's comments (and assigned to it): its project's members and the global owners. Local mode has none. */
export async function mentionableUsers(documentId: number): Promise<Mentionable[]> {
  const document = await prisma.document.findUnique({ where: { id: documentId }, select: { projectId: true } });
  if (!document) return [];
  const users = await prisma.user.findMany({
    where: { OR: [{ role: "owner" }, { memberships: { some: { projectId: document.projectId } } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
  return users.map((user) => ({ id: user.id, name: user.name || user.email }));
}

/** Per paragraph with threads: how many are open, how many in all. */
export async function findCommentCounts({ documentId }: { documentId: number }): Promise<CommentCount[]> {
  const rows = await prisma.commentThread.groupBy({ by: ["segmentId", "resolvedAt"], where: { documentId }, _count: { _all: true } });
  const counts = new Map<number, CommentCount>();
  for (const row of rows) {
    const count = counts.get(row.segmentId) ?? { segmentId: row.segmentId, open: 0, total: 0 };
    count.total += row._count._all;
    if (row.resolvedAt === null) count.open += row._count._all;
    counts.set(row.segmentId, count);
  }
  return [...counts.values()];
}

const THREAD_SELECT = {
  id: true,
  segmentId: true,
  annotationId: true,
  resolvedAt: true,
  resolvedBy: true,
  createdAt: true,
  segment: { select: { position: true } },
  comments: { orderBy: { id: "asc" }, select: { id: true, author: true, body: true, createdAt: true, editedAt: true } },
} as const;

type ThreadRow = { id: number; segmentId: number; annotationId: number | null; resolvedAt: Date | null; resolvedBy: string | null; createdAt: Date; segment: { position: number }; comments: Omit<CommentView, "authorName">[] };

async function toViews(rows: ThreadRow[]): Promise<ThreadView[]> {
  const names = await findAuthorNames(rows.flatMap((row) => [row.resolvedBy ?? "", ...row.comments.map((comment) => comment.author)]));
  const annotationIds = rows.flatMap((row) => (row.annotationId === null ? [] : [row.annotationId]));
  const annotations = annotationIds.length ? await prisma.annotation.findMany({ where: { id: { in: annotationIds } }, select: { id: true, quote: true } }) : [];
  const quotes = new Map(annotations.map((annotation) => [annotation.id, annotation.quote]));
  return rows.map(({ segment, resolvedBy, comments, ...row }) => ({
    ...row,
    n: segment.position + 1,
    annotationQuote: quotes.get(row.annotationId ?? -1) ?? "",
    resolvedByName: names.get(resolvedBy ?? "") ?? "",
    comments: comments.map((comment) => ({ ...comment, authorName: names.get(comment.author) ?? "" })),
  }));
}

/** A paragraph's threads, open ones first, each with its comments in order. */
export async function findThreads({ segmentId }: { segmentId: number }): Promise<ThreadView[]> {
  const rows = await prisma.commentThread.findMany({ where: { segmentId }, orderBy: [{ id: "asc" }], select: THREAD_SELECT });
  const views = await toViews(rows);
  return views.toSorted((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null));
}

/** The document's open threads in paragraph order (at most `limit`). */
export async function findOpenThreads({ documentId, limit = 500 }: { documentId: number; limit?: number }): Promise<ThreadView[]> {
  const rows = await prisma.commentThread.findMany({ where: { documentId, resolvedAt: null }, orderBy: [{ segment: { position: "asc" } }, { id: "asc" }], take: limit, select: THREAD_SELECT });
  return toViews(rows);
}

/** Open threads in which a comment mentions the user, newest first, with their document's title. */
export async function findThreadsMentioning({ userId, limit = 200 }: { userId: string; limit?: number }): Promise<(ThreadView & { documentId: number; documentTitle: string })[]> {
  const rows = await prisma.commentThread.findMany({
    where: { resolvedAt: null, comments: { some: { mentions: { some: { userId } } } } },
    orderBy: { id: "desc" },
    take: limit,
    select: { ...THREAD_SELECT, documentId: true, document: { select: { title: true } } },
  });
  const views = await toViews(rows);
  return views.map((view, i) => ({ ...view, documentId: rows[i].documentId, documentTitle: rows[i].document.title }));
}

/** Starts a thread on a paragraph (or on one of its annotations) with its first comment. */
export async function createThread(input: { segmentId: number; annotationId?: number | null; body: string; author: string }): Promise<ThreadView> {
  const body = checkCommentBody(input.body);
  const segment = await prisma.segment.findUnique({ where: { id: input.segmentId }, select: { documentId: true } });
  if (!segment) throw new DomainError("NOT_FOUND");
  if (input.annotationId != null) {
    const annotation = await prisma.annotation.findUnique({ where: { id: input.annotationId }, select: { segmentId: true } });
    if (annotation?.segmentId !== input.segmentId) throw new DomainError("NOT_FOUND");
  }
  const mentions = findMentions(body, await mentionableUsers(segment.documentId));
  const thread = await prisma.commentThread.create({
    data: {
      documentId: segment.documentId,
      segmentId: input.segmentId,
      annotationId: input.annotationId ?? null,
      comments: { create: { author: input.author, body, mentions: { create: mentions.map((userId) => ({ userId })) } } },
    },
    select: { id: true },
  });
  publishComments(segment.documentId, input.segmentId);
  return getThread(thread.id);
}

/** Adds a reply to a thread (a resolved thread stays resolved until reopened). */
export async function replyToThread(input: { threadId: number; body: string; author: string }): Promise<ThreadView> {
  const body = checkCommentBody(input.body);
  const thread = await prisma.commentThread.findUnique({ where: { id: input.threadId }, select: { documentId: true, segmentId: true } });
  if (!thread) throw new DomainError("NOT_FOUND");
  const mentions = findMentions(body, await mentionableUsers(thread.documentId));
  await prisma.comment.create({ data: { threadId: input.threadId, author: input.author, body, mentions: { create: mentions.map((userId) => ({ userId })) } } });
  publishComments(thread.documentId, thread.segmentId);
  return getThread(input.threadId);
}

/** Changes the text of one's own comment (NOT_YOUR_COMMENT otherwise); its mentions follow the new text. */
export async function editComment(input: { commentId: number; body: string; author: string }): Promise<ThreadView> {
  const body = checkCommentBody(input.body);
  const comment = await ownComment(input.commentId, input.author);
  const mentions = findMentions(body, await mentionableUsers(comment.thread.documentId));
  await prisma.$transaction([
    prisma.commentMention.deleteMany({ where: { commentId: input.commentId } }),
    prisma.comment.update({ where: { id: input.commentId }, data: { body, editedAt: new Date(), mentions: { create: mentions.map((userId) => ({ userId })) } }, select: { id: true } }),
  ]);
  publishComments(comment.thread.documentId, comment.thread.segmentId);
  return getThread(comment.threadId);
}

/** Deletes one's own comment; a thread left without comments goes with it (null then). */
export async function deleteComment(input: { commentId: number; author: string }): Promise<ThreadView | null> {
  const comment = await ownComment(input.commentId, input.author);
  const isThreadGone = await prisma.$transaction(async (tx) => {
    await tx.comment.delete({ where: { id: input.commentId } });
    if ((await tx.comment.count({ where: { threadId: comment.threadId } })) > 0) return false;
    await tx.commentThread.delete({ where: { id: comment.threadId } });
    return true;
  });
  publishComments(comment.thread.documentId, comment.thread.segmentId);
  return isThreadGone ? null : getThread(comment.threadId);
}

/** Resolves a thread (who and when are kept) or reopens it. */
export async function setThreadResolved(input: { threadId: number; resolved: boolean; author: string }): Promise<ThreadView> {
  const thread = await prisma.commentThread.findUnique({ where: { id: input.threadId }, select: { documentId: true, segmentId: true } });
  if (!thread) throw new DomainError("NOT_FOUND");
  const updated = await prisma.commentThread.updateMany({
    where: { id: input.threadId },
    data: input.resolved ? { resolvedAt: new Date(), resolvedBy: input.author } : { resolvedAt: null, resolvedBy: null },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND");
  publishComments(thread.documentId, thread.segmentId);
  return getThread(input.threadId);
}

/** The paragraph a thread or a comment belongs to (for authorisation), or NOT_FOUND. */
export async function findCommentSegment(input: { threadId: number } | { commentId: number }): Promise<number> {
  const thread =
    "threadId" in input
      ? await prisma.commentThread.findUnique({ where: { id: input.threadId }, select: { segmentId: true } })
      : (await prisma.comment.findUnique({ where: { id: input.commentId }, select: { thread: { select: { segmentId: true } } } }))?.thread;
  if (!thread) throw new DomainError("NOT_FOUND");
  return thread.segmentId;
}

async function getThread(id: number): Promise<ThreadView> {
  const row = await prisma.commentThread.findUnique({ where: { id }, select: THREAD_SELECT });
  if (!row) throw new DomainError("NOT_FOUND");
  return (await toViews([row]))[0];
}

async function ownComment(commentId: number, author: string) {
  const comment = await prisma.comment.findUnique({ where: { id: commentId }, select: { author: true, threadId: true, thread: { select: { documentId: true, segmentId: true } } } });
  if (!comment) throw new DomainError("NOT_FOUND");
  if (comment.author !== author) throw new DomainError("NOT_YOUR_COMMENT");
  return comment;
}
