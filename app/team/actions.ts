"use server";
import { z } from "zod";
import { defineAction } from "@/app/_lib/define-action";
import { DomainError } from "@/lib/core/errors";
import { GLOBAL_ROLES } from "@/lib/core/team/roles";
import { createInvitation } from "@/lib/server/auth/invitations";
import { normalizeEmail } from "@/lib/server/auth/users";
import { authorizeProject } from "@/lib/server/auth/authorize";
import { PROJECT_ROLES } from "@/lib/core/team/project-roles";
import { ZId } from "@/app/_lib/schemas";

const ZInvite = z.object({ email: z.string().max(254), role: z.enum(GLOBAL_ROLES), project: z.object({ id: ZId, role: z.enum(PROJECT_ROLES) }).nullable().optional() });

/** An owner's one-time invitation link (a path: the page makes it absolute with the address it was opened at). */
export const createInvitationAction = defineAction("createInvitationAction", ZInvite, async ({ email, role, project = null }, user) => {
  if (user.role !== "owner") throw new DomainError("FORBIDDEN");
  if (project) await authorizeProject(user, project.id, "manage");
  const { token, expiresAt } = await createInvitation({ email: email.trim() ? normalizeEmail(email) : null, role, createdById: user.isLocal ? null : user.id, project });
  return { path: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
});
