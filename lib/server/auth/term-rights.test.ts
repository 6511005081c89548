import { describe, expect, it } from "vitest";
import type { ProjectRole } from "@/lib/core/team/project-roles";
import { prisma } from "@/lib/server/db";
import { getDocument } from "@/lib/server/documents";
import { getExportData } from "@/lib/server/export";
import { approveTerm, createTerm, deleteTerm, findTerms, updateTerm } from "@/lib/server/glossary";
import { loadDocumentContext } from "@/lib/server/mt/document-context";
import { runDocumentQa } from "@/lib/server/qa";
import { saveSegmentTarget } from "@/lib/server/segments";
import { buildDocument } from "@/lib/server/testing/builders";
import { LOCAL_USER, type CurrentUser } from "./current-user";
import { authorizeTermChange, newTermStatus } from "./term-rights";

// The rules of glossary proposals on the real data layer: who adds approved terms, who proposals, who
// may change which; and that only approved terms reach QA, machine translation and exports.

let counter = 0;
async function team(): Promise<{ projectId: number; as: Record<ProjectRole | "globalOwner", CurrentUser> }> {
  const marker = `rights${++counter}x${Date.now()}`;
  const projectId = (await prisma.project.create({ data: { name: marker }, select: { id: true } })).id;
  const person = async (role: ProjectRole | "globalOwner"): Promise<CurrentUser> => {
    const id = `${marker}-${role}`;
    const global = role === "globalOwner" ? "owner" : "member";
    await prisma.user.create({ data: { id, name: id, email: `${id}@example.test`, role: global } });
    if (role !== "globalOwner") await prisma.membership.create({ data: { projectId, userId: id, role } });
    return { id, name: id, email: `${id}@example.test`, role: global, isLocal: false };
  };
  const roles = ["owner", "reviewer", "translator", "viewer", "globalOwner"] as const;
  const people = await Promise.all(roles.map(person));
  return { projectId, as: Object.fromEntries(roles.map((role, i) => [role, people[i]])) as Record<ProjectRole | "globalOwner", CurrentUser> };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: { code?: string }) => error.code ?? "error");

describe("glossary proposals", () => {
  it("local mode, global owners, owners and reviewers add approved terms; a translator a proposal", async () => {
    const { projectId, as } = await team();
    expect(await newTermStatus(LOCAL_USER, null)).toBe("approved");
    expect(await newTermStatus(LOCAL_USER, projectId)).toBe("approved");
    expect(await newTermStatus(as.globalOwner, projectId)).toBe("approved");
    expect(await newTermStatus(as.owner, projectId)).toBe("approved");
    expect(await newTermStatus(as.reviewer, projectId)).toBe("approved");
    expect(await newTermStatus(as.translator, projectId)).toBe("proposed");
  });

  it("a translator changes only their own proposal while it is proposed; a reviewer any term; a viewer none", async () => {
    const { projectId, as } = await team();
    const own = await createTerm({ source: "提议", target: "proposal", note: "", usage: "preferred", projectId, status: "proposed", author: as.translator.id });
    const others = await createTerm({ source: "别人", target: "someone else", note: "", usage: "preferred", projectId, status: "proposed", author: "somebody" });
    const approved = await createTerm({ source: "批准", target: "approved", note: "", usage: "preferred", projectId, author: as.reviewer.id });
    expect(own).toMatchObject({ status: "proposed", proposedBy: as.translator.id, projectId });
    expect(await refusal(authorizeTermChange(as.translator, own.id))).toBe(null);
    expect(await refusal(authorizeTermChange(as.translator, others.id))).toBe("FORBIDDEN");
    expect(await refusal(authorizeTermChange(as.translator, approved.id))).toBe("FORBIDDEN");
    expect(await refusal(authorizeTermChange(as.viewer, own.id))).toBe("FORBIDDEN");
    for (const who of [as.reviewer, as.owner, as.globalOwner, LOCAL_USER]) {
      for (const term of [own, others, approved]) expect(await refusal(authorizeTermChange(who, term.id))).toBe(null);
    }
    // Once approved, it is the glossary's: its proposer may no longer change it.
    expect(await approveTerm({ id: own.id, author: as.reviewer.id })).toMatchObject({ status: "approved" });
    expect(await refusal(authorizeTermChange(as.translator, own.id))).toBe("FORBIDDEN");
    expect(await prisma.term.findUniqueOrThrow({ where: { id: own.id }, select: { approvedBy: true, approvedAt: true } })).toMatchObject({ approvedBy: as.reviewer.id, approvedAt: expect.any(Date) });
    // A member of another project does not see the term at all.
    const stranger = (await team()).as.translator;
    expect(await refusal(authorizeTermChange(stranger, others.id))).toBe("NOT_FOUND");
    expect(await refusal(authorizeTermChange(as.translator, 987_654_321))).toBe("NOT_FOUND");
  });

  it("a proposal approved between a translator's authorisation and their write is not changed by it", async () => {
    const { projectId, as } = await team();
    const own = await createTerm({ source: "竞态", target: "race", note: "", usage: "preferred", projectId, status: "proposed", author: as.translator.id });
    const edit = { id: own.id, source: "竞态", target: "race condition", note: "", usage: "preferred" as const };
    const guard = await authorizeTermChange(as.translator, own.id);
    expect(guard).toEqual({ status: "proposed", proposedBy: as.translator.id });
    await approveTerm({ id: own.id, author: as.reviewer.id });
    expect(await refusal(updateTerm(edit, guard))).toBe("FORBIDDEN");
    expect(await refusal(deleteTerm({ id: own.id }, guard))).toBe("FORBIDDEN");
    expect(await prisma.term.findUniqueOrThrow({ where: { id: own.id }, select: { target: true, status: true } })).toEqual({ target: "race", status: "approved" });
    // A reviewer's right does not depend on the row's state: no guard.
    expect(await authorizeTermChange(as.reviewer, own.id)).toBe(null);
    expect(await updateTerm(edit, null)).toMatchObject({ target: "race condition" });
  });

  it("approving twice keeps the first approval; approving a missing term is NOT_FOUND", async () => {
    const term = await createTerm({ source: "两次", target: "twice", note: "", usage: "preferred", status: "proposed", author: "a" });
    await approveTerm({ id: term.id, author: "first" });
    await approveTerm({ id: term.id, author: "second" });
    expect(await prisma.term.findUniqueOrThrow({ where: { id: term.id }, select: { approvedBy: true } })).toEqual({ approvedBy: "first" });
    await expect(approveTerm({ id: 987_654_321, author: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("only approved terms drive QA, machine translation and exports; the editor's list has both", async () => {
    const documentId = await buildDocument("城管来了。\n执法委开会。");
    const { segments } = await getDocument({ id: documentId });
    for (const [i, target] of ["The chengguan came.", "The commission met."].entries()) {
      await saveSegmentTarget({ segmentId: segments[i].id, baseVersion: 0, target, status: "translated", clientEditId: `p${i}`, author: "test" });
    }
    await createTerm({ source: "城管", target: "urban management", note: "", usage: "preferred", documentId });
    const proposal = await createTerm({ source: "执法委", target: "enforcement commission", note: "", usage: "preferred", documentId, status: "proposed", author: "t" });
    const glossaryFindings = async () => (await runDocumentQa({ documentId })).flatMap((p) => p.findings.filter((f) => f.check === "glossary").map((f) => f.params?.source));
    expect(await glossaryFindings()).toEqual(["城管"]);
    // The shared glossary (other tests' terms) applies to the document too: look at these two.
    const ours = (terms: { source: string }[]) => terms.map((term) => term.source).filter((source) => source === "城管" || source === "执法委").sort();
    expect(ours((await loadDocumentContext(documentId)).terms)).toEqual(["城管"]);
    expect(ours((await getExportData({ documentId })).terms)).toEqual(["城管"]);
    expect((await findTerms({ documentId })).filter((term) => term.documentId === documentId).map((term) => [term.source, term.status])).toEqual([
      ["城管", "approved"],
      ["执法委", "proposed"],
    ]);
    expect((await findTerms({ documentId, status: "proposed" })).filter((term) => term.documentId === documentId).map((term) => term.id)).toEqual([proposal.id]);
    await approveTerm({ id: proposal.id, author: "r" });
    expect(await glossaryFindings()).toEqual(["城管", "执法委"]);
    expect(ours((await loadDocumentContext(documentId)).terms)).toEqual(["城管", "执法委"].sort());
    expect(ours((await getExportData({ documentId })).terms)).toEqual(["城管", "执法委"].sort());
  });
});
