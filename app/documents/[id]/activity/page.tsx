import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isDomainError } from "@/lib/core/errors";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { findDocumentTitle } from "@/lib/server/documents";
import { ActivityView, type ActivitySearch } from "@/app/activity/_components/activity-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<ActivitySearch> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findDocumentTitle({ id: Number((await params).id) || 0 });
  return { title: (await getTranslations("Activity"))("documentTitle", { title: found?.title ?? "" }) };
}

/** GET /documents/ID/activity: who changed what in this document, filterable and paged. */
export default async function DocumentActivityPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  await authorizeDocument(user, id, "read").catch((error: unknown) => (isDomainError(error) ? notFound() : Promise.reject(error)));
  const found = await findDocumentTitle({ id });
  if (!found) notFound();
  const t = await getTranslations("Activity");
  return (
    <div className="activity-page">
      <nav className="breadcrumb">
        <Link href={`/documents/${id}`}>← {found.title}</Link>
        <Link href="/activity">{t("allDocuments")}</Link>
      </nav>
      <h1>{t("documentTitle", { title: found.title })}</h1>
      <ActivityView documentId={id} search={await searchParams} basePath={`/documents/${id}/activity`} />
    </div>
  );
}
