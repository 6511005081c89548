/** Global roles: an owner manages people (invitations, removal); a member works. Per-project roles come later. */
export const GLOBAL_ROLES = ["owner", "member"] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export function isGlobalRole(value: unknown): value is GlobalRole {
  return typeof value === "string" && (GLOBAL_ROLES as readonly string[]).includes(value);
}
