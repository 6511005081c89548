import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/import/import-wizard";
import { importDocumentAction, readSourceAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { visibleProjectIds } from "@/lib/server/auth/authorize";
import { findProjects } from "@/lib/server/projects";
import { namedProjects } from "@/app/_lib/named-projects";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Import"))("title") };
}

export default async function ImportPage() {
  const user = await requirePageUser();
  const t = await getTranslations("Import");
  // The projects the user may add documents to, the default project first.
  const projects = (await namedProjects(await findProjects({ projectIds: await visibleProjectIds(user, "edit") }))).sort((a, b) => Number(b.id === 1) - Number(a.id === 1));
  return (
    <div className="import-page">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <ImportWizard onRead={readSourceAction} onImport={importDocumentAction} projects={projects.map(({ id, name }) => ({ id, name }))} />
    </div>
  );
}
