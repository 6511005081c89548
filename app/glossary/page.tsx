import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GlossaryEditor, type GlossaryEntry } from "@/components/glossary/glossary-editor";
import { parseDocumentId } from "@/lib/core/document-id";
import type { Term } from "@/lib/core/model";
import { findDocumentTitle } from "@/lib/server/documents";
import { findTerms } from "@/lib/server/glossary";
import { findProjects } from "@/lib/server/projects";
import { authorOf, findAuthorNames } from "@/lib/server/authors";
import { approveTermAction, createTermAction, deleteTermAction, importTermsFileAction, updateTermAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { authorizeDocument, isAllPowerful, visibleProjectIds } from "@/lib/server/auth/authorize";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { mayReviewScope } from "@/lib/server/auth/term-rights";
import { namedProjects } from "@/app/_lib/named-projects";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Glossary"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; from?: string | string[]; show?: string | string[] }> };

/**
 * What the page offers on each term (the actions refuse anything else anyway): a reviewer in the term's
 * scope edits, deletes, approves and rejects; who may only edit, their own proposal (edit, withdraw).
 */
async function entriesOf(user: CurrentUser, terms: Term[]): Promise<GlossaryEntry[]> {
  const me = authorOf(user);
  const [names, reviewable, editable] = await Promise.all([
    findAuthorNames(terms.filter((term) => term.status === "proposed").map((term) => term.proposedBy)),
    Promise.all([...new Set(terms.map((term) => term.projectId))].map(async (scope) => [scope, await mayReviewScope(user, scope)] as const)).then((pairs) => new Map(pairs)),
    visibleProjectIds(user, "edit"),
  ]);
  const mayEdit = (scope: number | null) => editable === null || (scope === null ? editable.length > 0 : editable.includes(scope));
  return terms.map((term) => {
    const canReview = reviewable.get(term.projectId) ?? false;
    const isOwnProposal = term.status === "proposed" && term.proposedBy === me && mayEdit(term.projectId);
    return { ...term, proposerName: names.get(term.proposedBy) ?? "", canChange: canReview || isOwnProposal, canApprove: canReview && term.status === "proposed" };
  });
}

/** The glossary; `?from=ID` (a link from a document's page) adds a link back to that document when it exists; `?show=proposals` lists the proposals only. */
export default async function GlossaryPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const { q, from, show } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const isProposals = show === "proposals";
  const fromId = parseDocumentId(from);
  const [terms, origin, editProjects, reviewProjects, projectCount, t, tDocument] = await Promise.all([
    visibleProjectIds(user).then((projectIds) => findTerms({ query, projectIds })),
    fromId === null ? null : authorizeDocument(user, fromId, "read").then((id) => findDocumentTitle({ id }), () => null),
    visibleProjectIds(user, "edit").then((projectIds) => findProjects({ projectIds })).then(namedProjects),
    visibleProjectIds(user, "review"),
    findProjects().then((all) => all.length),
    getTranslations("Glossary"),
    getTranslations("Document"),
  ]);
  const entries = await entriesOf(user, isProposals ? terms.filter((term) => term.status === "proposed") : terms);
  const canAdd = isAllPowerful(user) || editProjects.length > 0;
  // An import adds approved terms: a reviewer's (the action refuses anyone else).
  const canImport = reviewProjects === null || reviewProjects.length > 0;
  // A term goes to the shared glossary or a project's; the choice appears once there is more than one project.
  const scopes = projectCount > 1 ? { projects: editProjects.map(({ id, name }) => ({ id, name })), allowShared: canAdd } : undefined;
  const importScopes = scopes && { projects: scopes.projects.filter(({ id }) => reviewProjects === null || reviewProjects.includes(id)), allowShared: canImport };
  // Proposals exist in team mode only: local mode's one user adds approved terms, so the page stays as it was.
  const proposals = user.isLocal ? undefined : { count: terms.filter((term) => term.status === "proposed").length, isShown: isProposals };
  return (
    <div className="glossary-page">
      <nav className="breadcrumb">
        {origin ? <Link href={`/documents/${origin.id}`}>← {t("backToDocument", { title: origin.title })}</Link> : <Link href="/">← {tDocument("back")}</Link>}
      </nav>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <GlossaryEditor
        terms={entries}
        query={query}
        from={origin?.id}
        canAdd={canAdd}
        canImport={canImport}
        scopes={scopes}
        importScopes={importScopes}
        proposals={proposals}
        actions={{ create: createTermAction, update: updateTermAction, remove: deleteTermAction, approve: approveTermAction, importFile: importTermsFileAction }}
      />
    </div>
  );
}
