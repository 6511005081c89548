import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { visibleProjectIds } from "@/lib/server/auth/authorize";
import { ActivityView, type ActivitySearch } from "./_components/activity-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Activity"))("title") };
}

/** GET /activity: who changed what and when, across the documents of the user's projects. */
export default async function ActivityPage({ searchParams }: { searchParams: Promise<ActivitySearch> }) {
  const user = await requirePageUser();
  const t = await getTranslations("Activity");
  const projectIds = await visibleProjectIds(user);
  return (
    <div className="activity-page">
      <h1>{t("title")}</h1>
      <ActivityView projectIds={projectIds} search={await searchParams} basePath="/activity" />
    </div>
  );
}
