import { describe, expect, it } from "vitest";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { prisma } from "./db";
import { createDocument, findDocuments } from "./documents";
import { getExportData } from "./export";
import { createTerm, findTerms, termScopeOfDocument } from "./glossary";
import { findMemories, findMemoryMatches, searchConcordance } from "./memory";
import { createProject, findMembers, findProjects, moveDocument, removeMember, setMember, updateProject } from "./projects";
import { saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

// Runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL (as every data-layer test).

let counter = 0;
const unique = (what: string) => `${what} ${Date.now()}-${++counter}`;

async function documentIn(projectId: number, text: string): Promise<{ id: number; segmentIds: number[] }> {
  const { id } = await createDocument({ ...prepareImport(pastedSource(text), { title: unique("doc"), cleanup: null }), projectId });
  const segmentIds = (await prisma.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" }, select: { id: true } })).map((row) => row.id);
  return { id, segmentIds };
}

async function translate(segmentId: number, target: string) {
  const result = await saveSegmentTarget({ segmentId, baseVersion: 0, target, status: "translated", clientEditId: unique("edit").replace(/\s/g, ""), author: "test" });
  expect(result.kind).toBe("saved");
}

describe("projects", () => {
  it("every database has the default project; a document made without one belongs to it", async () => {
    expect(await prisma.project.findUnique({ where: { id: 1 }, select: { name: true } })).toEqual({ name: "Default project" });
    const id = await buildDocument("默认项目。");
    expect((await prisma.document.findUniqueOrThrow({ where: { id } })).projectId).toBe(1);
  });

  it("creates, renames and lists projects; refuses an empty or overlong name, changing nothing", async () => {
    const name = unique("Project");
    const { id } = await createProject({ name: `  ${name}  ` });
    expect((await findProjects({ projectIds: [id] }))[0]).toMatchObject({ id, name, usesSharedGlossary: true, usesSharedMemory: true, documents: 0, members: 0 });
    await expect(createProject({ name: "   " })).rejects.toMatchObject({ code: "INVALID_PROJECT_NAME" });
    await expect(updateProject({ id, name: "x".repeat(201) })).rejects.toMatchObject({ code: "INVALID_PROJECT_NAME" });
    await updateProject({ id, name: `${name} renamed`, usesSharedGlossary: false });
    expect((await findProjects({ projectIds: [id] }))[0]).toMatchObject({ name: `${name} renamed`, usesSharedGlossary: false, usesSharedMemory: true });
    await expect(updateProject({ id: 999_999_999, name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("adds existing users by email with a role, changes the role, removes them; an unknown email is refused", async () => {
    const { id: projectId } = await createProject({ name: unique("Members") });
    const email = `${unique("m").replace(/\W/g, "")}@example.test`;
    const user = await prisma.user.create({ data: { id: unique("user"), name: "Member", email } });
    await setMember({ projectId, email: email.toUpperCase(), role: "viewer" });
    await setMember({ projectId, email, role: "reviewer" });
    expect(await findMembers({ projectId })).toEqual([{ userId: user.id, name: "Member", email, role: "reviewer" }]);
    await expect(setMember({ projectId, email: "nobody@example.test", role: "viewer" })).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
    await removeMember({ projectId, userId: user.id });
    expect(await findMembers({ projectId })).toEqual([]);
    await expect(removeMember({ projectId, userId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists only the documents of the projects given, and moves a document", async () => {
    const a = await createProject({ name: unique("A") });
    const b = await createProject({ name: unique("B") });
    const doc = await documentIn(a.id, "甲。");
    expect((await findDocuments({ projectIds: [a.id] })).map(({ id, projectId }) => [id, projectId])).toEqual([[doc.id, a.id]]);
    expect(await findDocuments({ projectIds: [b.id] })).toEqual([]);
    await moveDocument({ documentId: doc.id, projectId: b.id });
    expect((await findDocuments({ projectIds: [b.id] })).map(({ id }) => id)).toEqual([doc.id]);
    await expect(moveDocument({ documentId: doc.id, projectId: 999_999_999 })).rejects.toThrow();
  });
});

describe("a project's glossary", () => {
  it("a document matches its own terms, its project's and the shared ones (unless its project leaves them out), never another project's", async () => {
    const mine = await createProject({ name: unique("Glossary mine") });
    const other = await createProject({ name: unique("Glossary other") });
    const doc = await documentIn(mine.id, "术语。");
    const marker = unique("term");
    await createTerm({ source: `${marker} shared`, target: "s", note: "", usage: "preferred" });
    await createTerm({ source: `${marker} mine`, target: "m", note: "", usage: "preferred", projectId: mine.id });
    await createTerm({ source: `${marker} other`, target: "o", note: "", usage: "preferred", projectId: other.id });
    await createTerm({ source: `${marker} document`, target: "d", note: "", usage: "preferred", documentId: doc.id });
    const sources = async (options: Parameters<typeof findTerms>[0]) => (await findTerms({ ...options, query: marker })).map(({ source }) => source.replace(`${marker} `, "")).sort();
    expect(await sources({ documentId: doc.id })).toEqual(["document", "mine", "shared"]);
    // Its export carries the same glossary: another project's terms stay out.
    const exported = async () => (await getExportData({ documentId: doc.id })).terms.filter(({ source }) => source.startsWith(marker)).map(({ source }) => source.replace(`${marker} `, "")).sort();
    expect(await exported()).toEqual(["document", "mine", "shared"]);
    // A term added from the editor goes where the document sees it.
    expect(await termScopeOfDocument(doc.id)).toBe(null);
    await updateProject({ id: mine.id, name: "Glossary mine", usesSharedGlossary: false });
    expect(await sources({ documentId: doc.id })).toEqual(["document", "mine"]);
    expect(await termScopeOfDocument(doc.id)).toBe(mine.id);
    expect(await exported()).toEqual(["document", "mine"]);
    // The glossary page: the shared terms and those of the projects given (every project's when null).
    expect(await sources({ projectIds: [mine.id] })).toEqual(["mine", "shared"]);
    expect(await sources({ projectIds: [] })).toEqual(["shared"]);
    expect(await sources({})).toEqual(["mine", "other", "shared"]);
  });
});

describe("a project's translation memory", () => {
  it("matches and concordance come from the project's documents and memories and the shared memories, never another project's", async () => {
    const mine = await createProject({ name: unique("Memory mine") });
    const other = await createProject({ name: unique("Memory other") });
    const text = `项目记忆${Date.now()}${counter}号段落在这里。`;
    const source = await documentIn(mine.id, text);
    const secret = await documentIn(other.id, text);
    await translate(source.segmentIds[0], "From my project.");
    await translate(secret.segmentIds[0], "From the other project.");
    const shared = await prisma.translationMemory.create({ data: { name: unique("shared"), entries: { create: [{ position: 0, source: text, target: "From the shared memory." }] } } });
    const query = await documentIn(mine.id, text);
    const targets = async () => (await findMemoryMatches({ documentId: query.id, segmentId: query.segmentIds[0] })).map(({ unit }) => unit.target).sort();
    expect(await targets()).toEqual(["From my project.", "From the shared memory."]);
    await updateProject({ id: mine.id, name: "Memory mine", usesSharedMemory: false });
    expect(await targets()).toEqual(["From my project."]);

    const hits = async (projectIds: number[] | null) => (await searchConcordance({ text, projectIds })).map(({ unit }) => unit.target).sort();
    expect(await hits([mine.id])).toEqual(expect.arrayContaining(["From my project.", "From the shared memory."]));
    expect(await hits([mine.id])).not.toContain("From the other project.");
    expect(await hits([other.id])).not.toContain("From my project.");
    expect(await hits(null)).toContain("From the other project.");

    const memoriesOf = async (projectIds: number[] | null) => (await findMemories({ projectIds })).memories.map(({ id }) => id);
    const own = await prisma.translationMemory.create({ data: { name: unique("own"), projectId: other.id } });
    expect(await memoriesOf([mine.id])).toContain(shared.id);
    expect(await memoriesOf([mine.id])).not.toContain(own.id);
    expect(await memoriesOf([other.id])).toContain(own.id);
  });
});
