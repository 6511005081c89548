import "server-only";
import { DomainError } from "@/lib/core/errors";

/** The glossary or memory scope a form names: field `projectId`, a project's id, or absent/empty for the shared one (null). */
export function scopeOf(form: FormData): number | null {
  const field = form.get("projectId");
  if (field === null || field === "") return null;
  const id = typeof field === "string" && /^\d{1,15}$/.test(field) ? Number(field) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError("INVALID_INPUT");
  return id;
}
