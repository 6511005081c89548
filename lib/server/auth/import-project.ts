import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/core/errors";
import { authorizeProject } from "./authorize";
import type { CurrentUser } from "./current-user";

const ZProjectId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The project an import form names (field `projectId`; the default project when absent), if the user may add documents to it (edit). */
export async function importProjectOf(user: CurrentUser, form: FormData): Promise<number> {
  const field = form.get("projectId");
  const parsed = ZProjectId.safeParse(typeof field === "string" && field !== "" ? field : 1);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return authorizeProject(user, parsed.data, "edit");
}
