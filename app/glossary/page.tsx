import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GlossaryEditor } from "@/components/glossary/glossary-editor";
import { findTerms } from "@/lib/server/glossary";
import { createTermAction, deleteTermAction, importTermsFileAction, updateTermAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Glossary"))("title") };
}

type Props = { searchParams: Promise<{ q?: string }> };

export default async function GlossaryPage({ searchParams }: Props) {
  const query = (await searchParams).q ?? "";
  const [terms, t] = await Promise.all([findTerms({ query }), getTranslations("Glossary")]);
  return (
    <div className="glossary-page">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <GlossaryEditor
        terms={terms}
        query={query}
        actions={{ create: createTermAction, update: updateTermAction, remove: deleteTermAction, importFile: importTermsFileAction }}
      />
    </div>
  );
}
