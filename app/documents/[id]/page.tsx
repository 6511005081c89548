import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentEditor } from "@/components/editor/document-editor";
import { isDomainError } from "@/lib/core/errors";
import type { DocumentWithSegments } from "@/lib/core/model";
import { getDocument } from "@/lib/server/documents";
import { saveSegmentAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadDocument(idParam: string): Promise<DocumentWithSegments> {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getDocument({ id });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadDocument((await params).id)).title };
}

export default async function DocumentPage({ params }: Props) {
  const document = await loadDocument((await params).id);
  const t = await getTranslations("Document");
  return (
    <div className="document-page">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
        <Link href={`/documents/${document.id}/cleanup`}>{t("cleanupLink")}</Link>
      </nav>
      {(document.sourceUrl || document.note) && (
        <p className="document-origin">
          {document.sourceUrl && (
            <a href={document.sourceUrl} rel="noreferrer noopener" target="_blank">
              {document.sourceUrl}
            </a>
          )}
          {document.note && <span>{document.note}</span>}
        </p>
      )}
      <DocumentEditor document={document} onSave={saveSegmentAction} />
    </div>
  );
}
