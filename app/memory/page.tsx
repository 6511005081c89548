import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemoryManager } from "@/components/memory/memory-manager";
import { findMemories } from "@/lib/server/memory";
import { deleteMemoryAction, importTmxAction } from "./actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { isAllPowerful, visibleProjectIds } from "@/lib/server/auth/authorize";
import { findProjects } from "@/lib/server/projects";
import { namedProjects } from "@/app/_lib/named-projects";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Memory"))("title") };
}

export default async function MemoryPage() {
  const user = await requirePageUser();
  const [overview, t, managed, projectCount] = await Promise.all([
    visibleProjectIds(user).then((projectIds) => findMemories({ projectIds })),
    getTranslations("Memory"),
    visibleProjectIds(user, "manage").then((projectIds) => findProjects({ projectIds })).then(namedProjects),
    findProjects().then((all) => all.length),
  ]);
  // A memory is shared, or a project's; the choice appears once there is more than one project.
  const scopes = projectCount > 1 ? { projects: managed.map(({ id, name }) => ({ id, name })), allowShared: isAllPowerful(user) } : undefined;
  return (
    <div className="memory-page">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <p>{t("documentParagraphs", { count: overview.documentParagraphs })}</p>
      <MemoryManager memories={overview.memories} actions={{ importTmx: importTmxAction, remove: deleteMemoryAction }} scopes={scopes} />
    </div>
  );
}
