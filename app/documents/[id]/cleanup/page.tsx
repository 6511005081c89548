import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RecleanForm } from "@/components/import/reclean-form";
import { isDomainError } from "@/lib/core/errors";
import { getDocumentSource, type DocumentSource } from "@/lib/server/cleanup";
import { recleanDocumentAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(idParam: string): Promise<DocumentSource> {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getDocumentSource({ id: await authorizeDocument(await requireUser(), id, "read") });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("Cleanup");
  return { title: t("title", { title: (await load((await params).id)).title }) };
}

export default async function CleanupPage({ params }: Props) {
  await requirePageUser();
  const source = await load((await params).id);
  const t = await getTranslations("Cleanup");
  return (
    <div className="import-page">
      <nav className="breadcrumb">
        <Link href={`/documents/${source.id}`}>← {source.title}</Link>
      </nav>
      <h1>{t("title", { title: source.title })}</h1>
      <p className="hint">{t("intro")}</p>
      <RecleanForm
        documentId={source.id}
        text={source.text}
        initialChoices={source.choices}
        onApply={recleanDocumentAction.bind(null, source.id)}
      />
    </div>
  );
}
