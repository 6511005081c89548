import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemoryManager } from "@/components/memory/memory-manager";
import { findMemories } from "@/lib/server/memory";
import { deleteMemoryAction, importTmxAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { visibleProjectIds } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Memory"))("title") };
}

export default async function MemoryPage() {
  const user = await requirePageUser();
  const [overview, t] = await Promise.all([visibleProjectIds(user).then((projectIds) => findMemories({ projectIds })), getTranslations("Memory")]);
  return (
    <div className="memory-page">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <p>{t("documentParagraphs", { count: overview.documentParagraphs })}</p>
      <MemoryManager memories={overview.memories} actions={{ importTmx: importTmxAction, remove: deleteMemoryAction }} />
    </div>
  );
}
