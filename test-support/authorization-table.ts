import type { Capability } from "@/lib/core/team/project-roles";

/**
 * What each server action and route needs, checked by app/_lib/authorization.test.ts against the lists
 * of test-support/app-entry-points.ts (a new action or route without its line here fails):
 * - a capability in the project of the row it names (document, segment, annotation, term, memory,
 *   batch, project): lib/server/auth/authorize.ts;
 * - "signed-in": any signed-in user (touches no project's rows: dictionary, reading an upload, MT status);
 * - "global-owner": a global owner only (settings of the whole installation, creating projects, invitations);
 * - "list": any signed-in user, the answer holding only rows of the user's projects (and the shared ones);
 * - "public": reachable by strangers (PUBLIC_ACTIONS / PUBLIC_ROUTES say why).
 */
export type Need = Capability | "signed-in" | "global-owner" | "list" | "public";

export const ACTION_NEEDS: Record<string, Need> = {
  setLocaleAction: "public",
  acceptInvitationAction: "public",
  createFirstOwnerAction: "public",
  deleteDocumentAction: "manage",
  importTranslationsAction: "edit",
  createFromBilingualAction: "edit",
  saveRateTableAction: "global-owner",
  createTermAction: "edit", // approved with "review" in the scope, else a proposal
  updateTermAction: "review", // "edit" for one's own proposal while it is proposed
  deleteTermAction: "review", // "edit" to withdraw one's own proposal while it is proposed
  approveTermAction: "review",
  importTermsFileAction: "review",
  readSourceAction: "signed-in",
  importDocumentAction: "edit",
  importTmxAction: "manage",
  deleteMemoryAction: "manage",
  saveMtSettingsAction: "global-owner",
  createInvitationAction: "global-owner",
  saveSegmentAction: "edit", // "review" to save as reviewed
  keepRefusedTextAction: "edit",
  restoreRevisionAction: "edit", // "review" to restore a reviewed revision
  splitSegmentAction: "edit",
  joinSegmentsAction: "edit",
  createAnnotationAction: "edit",
  updateAnnotationAction: "edit",
  deleteAnnotationAction: "edit",
  addTermAction: "edit",
  undoBatchAction: "edit", // "review" to undo a lock, an unlock or a change to reviewed
  lockParagraphsAction: "review",
  unlockParagraphsAction: "review",
  changeStatusAction: "edit", // "review" to set reviewed
  countRepetitionsAction: "read",
  fillRepetitionsAction: "edit",
  createConversionOverrideAction: "edit",
  deleteConversionOverrideAction: "edit",
  preTranslateAction: "edit",
  saveMtStyleNoteAction: "edit",
  setQaIgnoredAction: "edit",
  replaceInDocumentAction: "edit",
  recleanDocumentAction: "manage",
  createProjectAction: "global-owner",
  updateProjectAction: "manage",
  setMemberAction: "manage",
  removeMemberAction: "manage",
  moveDocumentAction: "manage", // in both projects
  setAssignmentAction: "manage",
  createCommentThreadAction: "edit",
  replyToThreadAction: "edit",
  editCommentAction: "edit", // and only one's own comment
  deleteCommentAction: "edit", // and only one's own comment
  setThreadResolvedAction: "edit",
  reportPresenceAction: "read", // where the reader's cursor is, kept in memory only
};

/** Keyed "METHOD /path". */
export const ROUTE_NEEDS: Record<string, Need> = {
  "GET /api/auth/[...all]": "public",
  "POST /api/auth/[...all]": "public",
  "GET /api/export": "read",
  "GET /api/analysis/report": "read",
  "GET /api/dictionary/describe": "signed-in",
  "GET /api/dictionary/lookup": "signed-in",
  "GET /api/dictionary/senses": "signed-in",
  "GET /api/glossary/[format]": "list",
  "GET /api/memory/search": "list",
  "GET /api/mt/settings": "signed-in",
  "GET /api/documents/[id]/export": "read",
  "GET /api/documents/[id]/matches": "read",
  "GET /api/documents/[id]/mt": "edit",
  "POST /api/documents/[id]/mt/draft": "edit",
  "GET /api/documents/[id]/segments": "read",
  "GET /api/segments/[id]/revisions": "read",
  "GET /api/segments/[id]/comments": "read",
  "GET /api/documents/[id]/row-marks": "read",
  "GET /api/documents/[id]/live": "read",
};
