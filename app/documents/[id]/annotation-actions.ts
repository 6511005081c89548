"use server";
import { z } from "zod";
import { ANNOTATION_CATEGORIES, TERM_USAGES } from "@/lib/core/model";
import { createAnnotation, deleteAnnotation, findAnnotationMarks, updateAnnotation } from "@/lib/server/annotations";
import { createTerm, findTerms, termScopeOfDocument } from "@/lib/server/glossary";
import { defineAction } from "@/app/_lib/define-action";
import { authorOf } from "@/lib/server/authors";
import { newTermStatus } from "@/lib/server/auth/term-rights";
import { ZId } from "@/app/_lib/schemas";
import { authorizeAnnotation, authorizeDocument, authorizeSegment } from "@/lib/server/auth/authorize";

const ZFields = z.object({
  gloss: z.string().max(2000),
  note: z.string().max(10_000),
  pinyin: z.string().max(2000),
  category: z.enum(ANNOTATION_CATEGORIES),
});
const ZCreate = ZFields.extend({ segmentId: ZId, start: z.number().int().nonnegative(), end: z.number().int().positive() });
const ZTerm = z.object({ source: z.string().min(1).max(500), target: z.string().min(1).max(500), note: z.string().max(2000), usage: z.enum(TERM_USAGES) });

// These return the document's annotations afresh, so the editor redraws them without a page reload. The
// document is the one the annotated paragraph belongs to, found on the server.

export const createAnnotationAction = defineAction("createAnnotationAction", ZCreate, async (input, user) => {
  await authorizeSegment(user, input.segmentId, "edit");
  return findAnnotationMarks(await createAnnotation(input));
});

export const updateAnnotationAction = defineAction("updateAnnotationAction", ZFields.extend({ id: ZId }), async (input, user) => {
  await authorizeAnnotation(user, input.id, "edit");
  return findAnnotationMarks(await updateAnnotation(input));
});

export const deleteAnnotationAction = defineAction("deleteAnnotationAction", z.object({ id: ZId }), async (input, user) => {
  await authorizeAnnotation(user, input.id, "edit");
  return findAnnotationMarks(await deleteAnnotation(input));
});

/**
 * Adds a term to the shared glossary (its project's, when the project does not use the shared one),
 * approved or, for a user who may not review there, as a proposal; returns the terms the document matches against.
 */
export const addTermAction = defineAction("addTermAction", ZTerm.extend({ documentId: ZId }), async ({ documentId, ...term }, user) => {
  await authorizeDocument(user, documentId, "edit");
  const projectId = await termScopeOfDocument(documentId);
  await createTerm({ ...term, projectId, status: await newTermStatus(user, projectId), author: authorOf(user) });
  return findTerms({ documentId });
});
