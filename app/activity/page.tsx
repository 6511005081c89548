import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { ActivityView, type ActivitySearch } from "./_components/activity-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Activity"))("title") };
}

/** GET /activity: who changed what and when, across documents. */
export default async function ActivityPage({ searchParams }: { searchParams: Promise<ActivitySearch> }) {
  await requirePageUser();
  const t = await getTranslations("Activity");
  return (
    <div className="activity-page">
      <h1>{t("title")}</h1>
      <ActivityView search={await searchParams} basePath="/activity" />
    </div>
  );
}
