"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { PROJECT_ROLES } from "@/lib/core/team/project-roles";
import { authorizeDocument, authorizeGlobal, authorizeProject } from "@/lib/server/auth/authorize";
import { createProject, moveDocument, removeMember, setMember, updateProject } from "@/lib/server/projects";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

const ZName = z.string().max(1000);

/** A new project (a global owner, or local mode's user); members are added afterwards. */
export const createProjectAction = defineAction("createProjectAction", z.object({ name: ZName }), async ({ name }, user) => {
  authorizeGlobal(user);
  const created = await createProject({ name });
  revalidatePath("/projects");
  return created;
});

/** Renames a project and sets whether it uses the shared glossary and memory: the project's `manage`. */
export const updateProjectAction = defineAction(
  "updateProjectAction",
  z.object({ id: ZId, name: ZName, usesSharedGlossary: z.boolean().optional(), usesSharedMemory: z.boolean().optional() }),
  async (input, user) => {
    await authorizeProject(user, input.id, "manage");
    await updateProject(input);
    revalidatePath("/projects");
    return null;
  },
);

/** Gives an existing user a role in the project, or changes it: the project's `manage`. */
export const setMemberAction = defineAction(
  "setMemberAction",
  z.object({ projectId: ZId, email: z.string().min(1).max(254), role: z.enum(PROJECT_ROLES) }),
  async (input, user) => {
    await authorizeProject(user, input.projectId, "manage");
    await setMember(input);
    revalidatePath("/projects");
    return null;
  },
);

export const removeMemberAction = defineAction("removeMemberAction", z.object({ projectId: ZId, userId: z.string().min(1).max(200) }), async (input, user) => {
  await authorizeProject(user, input.projectId, "manage");
  await removeMember(input);
  revalidatePath("/projects");
  return null;
});

/** Moves a document into another project: `manage` in both. */
export const moveDocumentAction = defineAction("moveDocumentAction", z.object({ documentId: ZId, projectId: ZId }), async ({ documentId, projectId }, user) => {
  await authorizeDocument(user, documentId, "manage");
  await authorizeProject(user, projectId, "manage");
  await moveDocument({ documentId, projectId });
  revalidatePath("/");
  return null;
});
