import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { roleCan } from "@/lib/core/team/project-roles";
import { ProjectsManager, type ProjectView } from "@/components/projects/projects-manager";
import { isAllPowerful, projectRoleOf, visibleProjectIds } from "@/lib/server/auth/authorize";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { findMembers, findProjects } from "@/lib/server/projects";
import { namedProjects } from "@/app/_lib/named-projects";
import { createProjectAction, removeMemberAction, setMemberAction, updateProjectAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Projects"))("title") };
}

/** The projects the user belongs to (every project for a global owner), with their members. */
export default async function ProjectsPage() {
  const user = await requirePageUser();
  const [projects, t, tDocument] = await Promise.all([
    visibleProjectIds(user).then((projectIds) => findProjects({ projectIds })).then(namedProjects),
    getTranslations("Projects"),
    getTranslations("Document"),
  ]);
  const views: ProjectView[] = await Promise.all(
    projects.map(async (project) => {
      const role = await projectRoleOf(user, project.id);
      // Local mode has no accounts to make members of.
      return { ...project, canManage: role !== null && roleCan(role, "manage"), members: user.isLocal ? null : await findMembers({ projectId: project.id }) };
    }),
  );
  return (
    <div className="projects-page">
      <nav className="breadcrumb">
        <Link href="/">← {tDocument("back")}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <ProjectsManager
        projects={views}
        canCreate={isAllPowerful(user)}
        actions={{ create: createProjectAction, update: updateProjectAction, setMember: setMemberAction, removeMember: removeMemberAction }}
      />
    </div>
  );
}
