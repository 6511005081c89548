/**
 * Roles within one project. An owner does everything, members included; a reviewer what a translator
 * does plus `reviewed`, lock/unlock and glossary approval; a translator edits targets, annotations and
 * proposes glossary terms; a viewer reads and exports.
 */
export const PROJECT_ROLES = ["owner", "reviewer", "translator", "viewer"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** What an action needs: read (and export), edit (targets, annotations, comments, proposals), review, manage. */
export type Capability = "read" | "edit" | "review" | "manage";

const CAPABILITIES: Record<ProjectRole, readonly Capability[]> = {
  owner: ["read", "edit", "review", "manage"],
  reviewer: ["read", "edit", "review"],
  translator: ["read", "edit"],
  viewer: ["read"],
};

export function isProjectRole(value: unknown): value is ProjectRole {
  return typeof value === "string" && (PROJECT_ROLES as readonly string[]).includes(value);
}

export function roleCan(role: ProjectRole, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}
