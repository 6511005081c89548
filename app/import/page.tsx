import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/import/import-wizard";
import { importDocumentAction, readSourceAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Import"))("title") };
}

export default async function ImportPage() {
  await requirePageUser();
  const t = await getTranslations("Import");
  return (
    <div className="import-page">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <ImportWizard onRead={readSourceAction} onImport={importDocumentAction} />
    </div>
  );
}
