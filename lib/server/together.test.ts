import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findActivity } from "./activity";
import { findAssignedDocuments, getAssignment, setAssignment } from "./assignments";
import { applyBatch } from "./batch-edits";
import { createThread, deleteComment, editComment, findCommentCounts, findOpenThreads, findThreads, findThreadsMentioning, mentionableUsers, replyToThread, setThreadResolved } from "./comments";
import { prisma } from "./db";
import { getDocument } from "./documents";
import { findReviewChanges } from "./review-changes";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

// Working together on the real test database (SQLite, or PostgreSQL with the pg test run).

/** A user who translates in the default project (where the test documents are), unless `projectId` is null. */
async function person(name: string, projectId: number | null = 1): Promise<string> {
  const id = randomUUID();
  await prisma.user.create({ data: { id, name: `${name} ${id.slice(0, 6)}`, email: `${id}@example.org` } });
  if (projectId !== null) await prisma.membership.create({ data: { projectId, userId: id, role: "translator" } });
  return id;
}
const nameOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id } })).name;

async function paragraphs(text = "第一段。\n第二段。\n第三段。") {
  const id = await buildDocument(text);
  return { id, segments: (await getDocument({ id })).segments };
}

describe("authors and review", () => {
  it("names the user who saved in the history, and a reviewed paragraph changed by someone who may not review goes back to translated, with who", async () => {
    const [ann, bo] = [await person("Ann"), await person("Bo")];
    const { id, segments } = await paragraphs();
    const s = segments[0].id;
    await saveSegmentTarget({ segmentId: s, baseVersion: 0, target: "Reviewed.", status: "reviewed", clientEditId: "rv-000001", author: ann });
    const saved = await saveSegmentTarget({ segmentId: s, baseVersion: 1, target: "Changed by Bo.", status: "reviewed", clientEditId: "rv-000002", author: bo, canReview: false });
    expect(saved).toMatchObject({ kind: "saved", segment: { status: "translated" } });
    expect((await findRevisions({ segmentId: s })).map((r) => [r.target, r.authorName])).toEqual([
      ["Changed by Bo.", await nameOf(bo)],
      ["Reviewed.", await nameOf(ann)],
    ]);
    expect(await findReviewChanges({ documentId: id })).toEqual([expect.objectContaining({ segmentId: s, author: bo, authorName: await nameOf(bo) })]);
    // Reviewed again: the mark goes.
    await saveSegmentTarget({ segmentId: s, baseVersion: 2, target: "Changed by Bo.", status: "reviewed", clientEditId: "rv-000003", author: ann });
    expect(await findReviewChanges({ documentId: id })).toEqual([]);
  });

  it("a status change alone keeps reviewed; a replace all on a reviewed paragraph makes it translated", async () => {
    const bo = await person("Bo");
    const { id, segments } = await paragraphs();
    await saveSegmentTarget({ segmentId: segments[1].id, baseVersion: 0, target: "Old text.", status: "reviewed", clientEditId: "rv-000010", author: "web" });
    const result = await applyBatch({ documentId: id, kind: "replace", author: bo, changes: [{ segmentId: segments[1].id, baseVersion: 1, target: "New text." }] });
    expect(result.applied[0]).toMatchObject({ status: "translated", target: "New text." });
    expect(await findReviewChanges({ documentId: id })).toEqual([expect.objectContaining({ segmentId: segments[1].id, author: bo })]);
  });
});

describe("assignments", () => {
  it("assigns a translator and a reviewer, lists the work waiting for each, and refuses unknown users", async () => {
    const [tr, rv] = [await person("Tr"), await person("Rv")];
    const { id, segments } = await paragraphs();
    await saveSegmentTarget({ segmentId: segments[0].id, baseVersion: 0, target: "Done.", status: "translated", clientEditId: "as-000001", author: tr });
    await expect(setAssignment({ documentId: id, translatorId: "nobody-such", reviewerId: null })).rejects.toMatchObject({ code: "UNKNOWN_USER" });
    expect(await setAssignment({ documentId: id, translatorId: tr, reviewerId: rv })).toEqual({ translatorId: tr, translatorName: await nameOf(tr), reviewerId: rv, reviewerName: await nameOf(rv) });
    expect(await findAssignedDocuments({ userId: tr })).toEqual([expect.objectContaining({ id, roles: ["translator"], toTranslate: 2, toReview: 0, progress: { total: 3, translated: 1, percent: 33 } })]);
    expect(await findAssignedDocuments({ userId: rv })).toEqual([expect.objectContaining({ id, roles: ["reviewer"], toTranslate: 0, toReview: 1 })]);
    await setAssignment({ documentId: id, translatorId: null, reviewerId: rv });
    expect(await findAssignedDocuments({ userId: tr })).toEqual([]);
    expect(await getAssignment({ documentId: id })).toMatchObject({ translatorId: null, translatorName: "" });
  });
});

describe("comments", () => {
  it("threads per paragraph and per annotation, replies, mentions, resolve and reopen, counts and the open list", async () => {
    const [ann, bo] = [await person("Ann"), await person("Bo")];
    const { id, segments } = await paragraphs();
    const annotation = await prisma.annotation.create({ data: { segmentId: segments[2].id, start: 0, end: 2, quote: "第三" } });
    const first = await createThread({ segmentId: segments[0].id, body: `  Please check, @${await nameOf(bo)}.  `, author: ann });
    expect(first.comments).toEqual([expect.objectContaining({ body: `Please check, @${await nameOf(bo)}.`, authorName: await nameOf(ann) })]);
    const onAnnotation = await createThread({ segmentId: segments[2].id, annotationId: annotation.id, body: "Gloss?", author: bo });
    expect(onAnnotation).toMatchObject({ n: 3, annotationId: annotation.id, annotationQuote: "第三" });
    await expect(createThread({ segmentId: segments[1].id, annotationId: annotation.id, body: "x", author: bo })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createThread({ segmentId: segments[0].id, body: " \n", author: ann })).rejects.toMatchObject({ code: "COMMENT_EMPTY" });
    await expect(createThread({ segmentId: segments[0].id, body: "x".repeat(4001), author: ann })).rejects.toMatchObject({ code: "COMMENT_TOO_LONG" });

    const replied = await replyToThread({ threadId: first.id, body: "Done.", author: bo });
    expect(replied.comments.map((c) => c.body)).toEqual([`Please check, @${await nameOf(bo)}.`, "Done."]);
    expect((await findThreadsMentioning({ userId: bo })).map((t) => [t.id, t.documentId])).toEqual([[first.id, id]]);
    expect(await findThreadsMentioning({ userId: ann })).toEqual([]);

    await expect(editComment({ commentId: replied.comments[1].id, body: "Mine!", author: ann })).rejects.toMatchObject({ code: "NOT_YOUR_COMMENT" });
    const edited = await editComment({ commentId: replied.comments[0].id, body: `Never mind, @${await nameOf(ann)}.`, author: ann });
    expect(edited.comments[0].editedAt).not.toBeNull();
    expect(await findThreadsMentioning({ userId: bo })).toEqual([]);
    expect((await findThreadsMentioning({ userId: ann })).map((t) => t.id)).toEqual([first.id]);

    expect((await findCommentCounts({ documentId: id })).toSorted((a, b) => a.segmentId - b.segmentId)).toEqual([
      { segmentId: segments[0].id, open: 1, total: 1 },
      { segmentId: segments[2].id, open: 1, total: 1 },
    ]);
    const resolved = await setThreadResolved({ threadId: first.id, resolved: true, author: bo });
    expect(resolved).toMatchObject({ resolvedByName: await nameOf(bo) });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await findOpenThreads({ documentId: id })).map((t) => t.n)).toEqual([3]);
    expect(await findThreadsMentioning({ userId: ann })).toEqual([]);
    await setThreadResolved({ threadId: first.id, resolved: false, author: ann });
    expect((await findOpenThreads({ documentId: id })).map((t) => t.n)).toEqual([1, 3]);

    await expect(deleteComment({ commentId: onAnnotation.comments[0].id, author: ann })).rejects.toMatchObject({ code: "NOT_YOUR_COMMENT" });
    expect(await deleteComment({ commentId: onAnnotation.comments[0].id, author: bo })).toBeNull();
    expect(await findThreads({ segmentId: segments[2].id })).toEqual([]);
  });
});

describe("activity", () => {
  it("merges revisions, batches and comments newest first, filters by person and kind, and pages without losing or repeating items", async () => {
    const [ann, bo] = [await person("Ann"), await person("Bo")];
    const { id, segments } = await paragraphs();
    for (const [i, segment] of segments.entries()) {
      await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: `T${i}`, status: "draft", clientEditId: `ac-00000${i}`, author: i === 1 ? bo : ann });
    }
    await applyBatch({ documentId: id, kind: "status", author: bo, changes: segments.map((s) => ({ segmentId: s.id, baseVersion: 1, status: "translated" as const })) });
    await createThread({ segmentId: segments[0].id, body: "Hm.", author: ann });

    const all = await findActivity({ documentId: id, limit: 100 });
    expect(all.items.map((item) => item.kind)).toEqual(["comment", "batch", "revision", "revision", "revision"]);
    expect(all.items[1]).toMatchObject({ kind: "batch", batchKind: "status", count: 3, authorName: await nameOf(bo) });
    expect(all.next).toBeNull();

    const pages: string[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof findActivity>> = await findActivity({ documentId: id, limit: 2, after });
      pages.push(...page.items.map((item) => `${item.kind}${item.id}`));
      after = page.next;
    } while (after);
    expect(pages).toEqual(all.items.map((item) => `${item.kind}${item.id}`));

    expect((await findActivity({ documentId: id, author: bo })).items.map((item) => item.kind)).toEqual(["batch", "revision"]);
    expect((await findActivity({ documentId: id, kinds: ["comment"] })).items).toHaveLength(1);
    expect((await findActivity({ documentId: id, from: new Date(Date.now() + 60_000) })).items).toEqual([]);
    expect((await findActivity({ author: ann, kinds: ["revision"] })).items.every((item) => item.author === ann)).toBe(true);
  });
});

describe("within projects", () => {
  it("the activity across documents keeps to the projects asked for; only the project's members (and global owners) can be mentioned", async () => {
    const projectId = (await prisma.project.create({ data: { name: `Together ${randomUUID()}` }, select: { id: true } })).id;
    const [member, outsider] = [await person("Member", projectId), await person("Outsider")];
    const { id: inside, segments } = await paragraphs();
    await prisma.document.update({ where: { id: inside }, data: { projectId } });
    const { segments: elsewhere } = await paragraphs();
    await saveSegmentTarget({ segmentId: segments[0].id, baseVersion: 0, target: "Inside.", status: "translated", clientEditId: "pj-000001", author: member });
    await saveSegmentTarget({ segmentId: elsewhere[0].id, baseVersion: 0, target: "Elsewhere.", status: "translated", clientEditId: "pj-000002", author: member });
    const seen = (await findActivity({ author: member, projectIds: [projectId] })).items.map((item) => [item.documentId, item.kind === "revision" && item.target]);
    expect(seen).toEqual([[inside, "Inside."]]);
    expect((await findActivity({ author: member })).items).toHaveLength(2);
    const mentionable = (await mentionableUsers(inside)).map(({ id }) => id);
    expect(mentionable).toContain(member);
    expect(mentionable).not.toContain(outsider);
  });
});
