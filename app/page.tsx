import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalyseSelectedButton } from "@/components/analysis/analyse-selected-button";
import { DocumentTable } from "@/components/documents/document-table";
import { EXPORT_SELECTED_FORM, ExportSelectedForm } from "@/components/export/export-selected-form";
import { NewFromFileForm } from "@/components/export/new-from-file-form";
import { createFromBilingualAction } from "./bilingual-actions";
import Link from "next/link";
import { findDocuments } from "@/lib/server/documents";
import { deleteDocumentAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { visibleProjectIds } from "@/lib/server/auth/authorize";
import { findProjects } from "@/lib/server/projects";
import { namedProjects } from "@/app/_lib/named-projects";
import { moveDocumentAction } from "./projects/actions";
import { findAssignments } from "@/lib/server/assignments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Documents"))("title") };
}

export default async function DocumentsPage() {
  const user = await requirePageUser();
  const t = await getTranslations("Documents");
  const tProjects = await getTranslations("Projects");
  const tNew = await getTranslations("NewDocument");
  const tGlossary = await getTranslations("Glossary");
  const tMemory = await getTranslations("Memory");
  const tActivity = await getTranslations("Activity");
  const [visible, managed] = await Promise.all([visibleProjectIds(user), visibleProjectIds(user, "manage")]);
  const [documents, projects] = await Promise.all([findDocuments({ projectIds: visible }), findProjects({ projectIds: visible }).then(namedProjects)]);
  // One project (every new database, local mode as before): no project column.
  const projectColumn =
    projects.length > 1
      ? {
          names: Object.fromEntries(projects.map(({ id, name }) => [id, name])),
          managed: projects.filter(({ id }) => managed === null || managed.includes(id)).map(({ id, name }) => ({ id, name })),
          onMove: moveDocumentAction,
        }
      : undefined;
  const assignees = user.isLocal ? undefined : Object.fromEntries([...(await findAssignments()).entries()].map(([id, a]) => [id, { translator: a.translatorName, reviewer: a.reviewerName }]));
  return (
    <div className="documents-page">
      <section className="documents-list" aria-labelledby="documents-heading">
        <h1 id="documents-heading">{t("title")}</h1>
        <DocumentTable documents={documents} now={new Date()} onDelete={deleteDocumentAction} selectForm={documents.length > 0 ? EXPORT_SELECTED_FORM : undefined} projects={projectColumn} assignees={assignees} />
        {documents.length > 0 && <ExportSelectedForm listKey={documents.map((document) => document.id).join(",")} />}
        {documents.length > 0 && <AnalyseSelectedButton form={EXPORT_SELECTED_FORM} />}
      </section>
      <aside className="card new-document">
        <h2>{tNew("heading")}</h2>
        <p className="hint">{tNew("intro")}</p>
        <Link href="/import" className="button primary">
          {t("importLink")}
        </Link>{" "}
        <Link href="/glossary" className="button">
          {tGlossary("title")}
        </Link>{" "}
        <Link href="/memory" className="button">
          {tMemory("navLink")}
        </Link>{" "}
        <Link href="/projects" className="button">
          {tProjects("navLink")}
        </Link>{" "}
        <Link href="/activity" className="button">
          {tActivity("navLink")}
        </Link>
        <NewFromFileForm action={createFromBilingualAction} />
      </aside>
    </div>
  );
}
