import "server-only";
import { kindsAfter, type ActivityCursor, type ActivityKind, comesBefore, ACTIVITY_KINDS } from "@/lib/core/activity/activity-cursor";
import { findAuthorNames } from "./authors";
import { prisma } from "./db";

type Common = { id: number; at: Date; author: string; authorName: string; documentId: number; documentTitle: string };
export type ActivityItem =
  | (Common & { kind: "revision"; segmentId: number; n: number; revisionKind: string; target: string; status: string })
  | (Common & { kind: "batch"; batchKind: string; count: number; isUndone: boolean })
  | (Common & { kind: "comment"; segmentId: number; n: number; body: string });

export type ActivityQuery = {
  /** One document, or every document when absent. */
  documentId?: number;
  /** Only documents of these projects (null or absent: every project). */
  projectIds?: readonly number[] | null;
  /** Only this author (a user id, or "web" and the like). */
  author?: string;
  kinds?: readonly ActivityKind[];
  /** Half-open [from, to). */
  from?: Date;
  to?: Date;
  /** Continue after this item (the previous page's last). */
  after?: ActivityCursor | null;
  limit?: number;
};

/** One page of who changed what and when, newest first; `next` continues it (null on the last page). */
export async function findActivity(query: ActivityQuery): Promise<{ items: ActivityItem[]; next: ActivityCursor | null }> {
  const { kinds = ACTIVITY_KINDS, limit = 50 } = query;
  const take = limit + 1;
  const [revisions, batches, comments] = await Promise.all([
    kinds.includes("revision") ? findRevisionItems(query, take) : [],
    kinds.includes("batch") ? findBatchItems(query, take) : [],
    kinds.includes("comment") ? findCommentItems(query, take) : [],
  ]);
  const merged = [...revisions, ...batches, ...comments].toSorted((a, b) => (comesBefore(cursorOf(a), cursorOf(b)) ? -1 : 1));
  const page = merged.slice(0, limit);
  const names = await findAuthorNames(page.map((item) => item.author));
  const items = page.map((item) => ({ ...item, authorName: names.get(item.author) ?? "" }));
  return { items, next: merged.length > limit ? cursorOf(page[page.length - 1]) : null };
}

const inProjects = ({ projectIds }: Pick<ActivityQuery, "projectIds">) => (projectIds ? { projectId: { in: [...projectIds] } } : {});

/** The authors who appear in the activity of a document (or of all, within `projectIds`), with their names, for the filter. */
export async function findActivityAuthors({ documentId, projectIds }: Pick<ActivityQuery, "documentId" | "projectIds">): Promise<{ author: string; authorName: string }[]> {
  const document = { ...(documentId ? { id: documentId } : {}), ...inProjects({ projectIds }) };
  const [revisions, batches, comments] = await Promise.all([
    prisma.revision.findMany({ where: { segment: { document } }, distinct: ["author"], select: { author: true } }),
    prisma.editBatch.findMany({ where: { document }, distinct: ["author"], select: { author: true } }),
    prisma.comment.findMany({ where: { thread: { document } }, distinct: ["author"], select: { author: true } }),
  ]);
  const authors = [...new Set([...revisions, ...batches, ...comments].map((row) => row.author))].filter((author) => author !== "");
  const names = await findAuthorNames(authors);
  return authors.map((author) => ({ author, authorName: names.get(author) ?? "" })).toSorted((a, b) => (a.authorName || a.author).localeCompare(b.authorName || b.author));
}

const cursorOf = (item: Pick<ActivityItem, "at" | "kind" | "id">): ActivityCursor => ({ at: item.at.getTime(), kind: item.kind, id: item.id });

/** The rows of one kind after the cursor: older, or as old and later in the order (see ActivityCursor). */
function afterCursor(kind: ActivityKind, after: ActivityCursor | null | undefined) {
  if (!after) return {};
  const at = new Date(after.at);
  const sameTime = kindsAfter(after.kind).includes(kind) ? [{ createdAt: at }] : kind === after.kind ? [{ createdAt: at, id: { lt: after.id } }] : [];
  return { OR: [{ createdAt: { lt: at } }, ...sameTime] };
}

function timeAndAuthor({ author, from, to }: ActivityQuery) {
  return { ...(author !== undefined ? { author } : {}), ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}) };
}

const ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

async function findRevisionItems(query: ActivityQuery, take: number): Promise<ActivityItem[]> {
  const rows = await prisma.revision.findMany({
    // A batch's revisions are the batch's item; a refused text changed nothing.
    where: { AND: [{ batchId: null, kind: { not: "refused" } }, timeAndAuthor(query), afterCursor("revision", query.after), query.documentId ? { segment: { documentId: query.documentId } } : {}, { segment: { document: inProjects(query) } }] },
    orderBy: ORDER,
    take,
    select: { id: true, createdAt: true, author: true, kind: true, target: true, status: true, segmentId: true, segment: { select: { position: true, documentId: true, document: { select: { title: true } } } } },
  });
  return rows.map((row) => ({
    kind: "revision",
    id: row.id,
    at: row.createdAt,
    author: row.author,
    authorName: "",
    documentId: row.segment.documentId,
    documentTitle: row.segment.document.title,
    segmentId: row.segmentId,
    n: row.segment.position + 1,
    revisionKind: row.kind,
    target: row.target,
    status: row.status,
  }));
}

async function findBatchItems(query: ActivityQuery, take: number): Promise<ActivityItem[]> {
  const rows = await prisma.editBatch.findMany({
    where: { AND: [timeAndAuthor(query), afterCursor("batch", query.after), query.documentId ? { documentId: query.documentId } : {}, { document: inProjects(query) }] },
    orderBy: ORDER,
    take,
    select: { id: true, createdAt: true, author: true, kind: true, undoneAt: true, documentId: true, document: { select: { title: true } }, _count: { select: { revisions: true } } },
  });
  return rows.map((row) => ({
    kind: "batch",
    id: row.id,
    at: row.createdAt,
    author: row.author,
    authorName: "",
    documentId: row.documentId,
    documentTitle: row.document.title,
    batchKind: row.kind,
    count: row._count.revisions,
    isUndone: row.undoneAt !== null,
  }));
}

async function findCommentItems(query: ActivityQuery, take: number): Promise<ActivityItem[]> {
  const rows = await prisma.comment.findMany({
    where: { AND: [timeAndAuthor(query), afterCursor("comment", query.after), query.documentId ? { thread: { documentId: query.documentId } } : {}, { thread: { document: inProjects(query) } }] },
    orderBy: ORDER,
    take,
    select: { id: true, createdAt: true, author: true, body: true, thread: { select: { documentId: true, segmentId: true, document: { select: { title: true } }, segment: { select: { position: true } } } } },
  });
  return rows.map((row) => ({
    kind: "comment",
    id: row.id,
    at: row.createdAt,
    author: row.author,
    authorName: "",
    documentId: row.thread.documentId,
    documentTitle: row.thread.document.title,
    segmentId: row.thread.segmentId,
    n: row.thread.segment.position + 1,
    body: row.body,
  }));
}
