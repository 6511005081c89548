import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GlossaryEditor } from "@/components/glossary/glossary-editor";
import { parseDocumentId } from "@/lib/core/document-id";
import { findDocumentTitle } from "@/lib/server/documents";
import { findTerms } from "@/lib/server/glossary";
import { createTermAction, deleteTermAction, importTermsFileAction, updateTermAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { authorizeDocument, visibleProjectIds } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Glossary"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; from?: string | string[] }> };

/** The glossary; `?from=ID` (a link from a document's page) adds a link back to that document when it exists. */
export default async function GlossaryPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const { q, from } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const fromId = parseDocumentId(from);
  const [terms, origin, t, tDocument] = await Promise.all([
    visibleProjectIds(user).then((projectIds) => findTerms({ query, projectIds })),
    fromId === null ? null : authorizeDocument(user, fromId, "read").then((id) => findDocumentTitle({ id }), () => null),
    getTranslations("Glossary"),
    getTranslations("Document"),
  ]);
  return (
    <div className="glossary-page">
      <nav className="breadcrumb">
        {origin ? <Link href={`/documents/${origin.id}`}>← {t("backToDocument", { title: origin.title })}</Link> : <Link href="/">← {tDocument("back")}</Link>}
      </nav>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <GlossaryEditor
        terms={terms}
        query={query}
        from={origin?.id}
        actions={{ create: createTermAction, update: updateTermAction, remove: deleteTermAction, importFile: importTermsFileAction }}
      />
    </div>
  );
}
