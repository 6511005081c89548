"use server";
import { z } from "zod";
import { defineAction } from "@/app/_lib/define-action";
import { DomainError } from "@/lib/core/errors";
import { GLOBAL_ROLES } from "@/lib/core/team/roles";
import { createInvitation } from "@/lib/server/auth/invitations";
import { normalizeEmail } from "@/lib/server/auth/users";

const ZInvite = z.object({ email: z.string().max(254), role: z.enum(GLOBAL_ROLES) });

/** An owner's one-time invitation link (a path: the page makes it absolute with the address it was opened at). */
export const createInvitationAction = defineAction("createInvitationAction", ZInvite, async ({ email, role }, user) => {
  if (user.role !== "owner") throw new DomainError("FORBIDDEN");
  const { token, expiresAt } = await createInvitation({ email: email.trim() ? normalizeEmail(email) : null, role, createdById: user.isLocal ? null : user.id });
  return { path: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
});
