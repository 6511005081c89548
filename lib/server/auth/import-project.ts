import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/core/errors";
import { authorizeProject, visibleProjectIds } from "./authorize";
import type { CurrentUser } from "./current-user";

const ZProjectId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const DEFAULT_PROJECT = 1;

/**
 * The project an import form names (field `projectId`) if the user may add documents to it (edit);
 * without one, the default project when they may, else the first project they may (FORBIDDEN for none).
 */
export async function importProjectOf(user: CurrentUser, form: FormData): Promise<number> {
  const field = form.get("projectId");
  if (typeof field === "string" && field !== "") {
    const parsed = ZProjectId.safeParse(field);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    return authorizeProject(user, parsed.data, "edit");
  }
  const editable = await visibleProjectIds(user, "edit");
  if (editable === null || editable.includes(DEFAULT_PROJECT)) return authorizeProject(user, DEFAULT_PROJECT, "edit");
  if (editable.length === 0) throw new DomainError("FORBIDDEN");
  return Math.min(...editable);
}
