"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import { DomainError } from "@/lib/core/errors";
import { ANNOTATION_CATEGORIES, TERM_USAGES, type AnnotationMark, type Term } from "@/lib/core/model";
import { loadPinyinAnnotator } from "@/lib/core/pinyin/annotate-pinyin";
import { createAnnotation, deleteAnnotation, findAnnotationMarks, getSegmentDocumentId, updateAnnotation } from "@/lib/server/annotations";
import { getDictionary } from "@/lib/server/dictionary";
import { createTerm, findTerms } from "@/lib/server/glossary";
import { runAction } from "@/app/_lib/run-action";

const ZId = z.number().int().positive();
const ZFields = z.object({
  gloss: z.string().max(2000),
  note: z.string().max(10_000),
  pinyin: z.string().max(2000),
  category: z.enum(ANNOTATION_CATEGORIES),
});
const ZCreate = ZFields.extend({ segmentId: ZId, start: z.number().int().nonnegative(), end: z.number().int().positive() });
const ZTerm = z.object({ source: z.string().min(1).max(500), target: z.string().min(1).max(500), note: z.string().max(2000), usage: z.enum(TERM_USAGES) });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}

// These return the document's annotations afresh, so the editor redraws them without a page reload.

export async function createAnnotationAction(input: z.infer<typeof ZCreate>): Promise<ActionResult<AnnotationMark[]>> {
  return runAction("createAnnotationAction", async () => {
    const data = parse(ZCreate, input);
    await createAnnotation(data);
    return findAnnotationMarks({ documentId: await getSegmentDocumentId({ segmentId: data.segmentId }) });
  });
}

export async function updateAnnotationAction(input: z.infer<typeof ZFields> & { id: number; documentId: number }): Promise<ActionResult<AnnotationMark[]>> {
  return runAction("updateAnnotationAction", async () => {
    const { documentId, ...data } = parse(ZFields.extend({ id: ZId, documentId: ZId }), input);
    await updateAnnotation(data);
    return findAnnotationMarks({ documentId });
  });
}

export async function deleteAnnotationAction(input: { id: number; documentId: number }): Promise<ActionResult<AnnotationMark[]>> {
  return runAction("deleteAnnotationAction", async () => {
    const { id, documentId } = parse(z.object({ id: ZId, documentId: ZId }), input);
    await deleteAnnotation({ id });
    return findAnnotationMarks({ documentId });
  });
}

const ZText = z.string().min(1).max(200);

/** What the annotation popover proposes for a selected text: its pinyin and the dictionary's entries. */
export async function describeTextAction(input: { text: string }): Promise<ActionResult<{ pinyin: string; match: DictionaryMatch | null }>> {
  return runAction("describeTextAction", async () => {
    const text = parse(ZText, input.text);
    const readings = (await loadPinyinAnnotator())(text).filter((reading): reading is string => reading !== null);
    const match = getDictionary().lookup(text, 0);
    return { pinyin: readings.join(" "), match };
  });
}

/** The dictionary's longest entry at the start of a text (the word under the pointer and what follows it). */
export async function lookupWordAction(input: { text: string }): Promise<ActionResult<DictionaryMatch | null>> {
  return runAction("lookupWordAction", async () => getDictionary().lookup(parse(ZText, input.text), 0));
}

/** Adds a term to the global glossary; returns the terms the document matches against. */
export async function addTermAction(input: z.infer<typeof ZTerm> & { documentId: number }): Promise<ActionResult<Term[]>> {
  return runAction("addTermAction", async () => {
    const { documentId, ...term } = parse(ZTerm.extend({ documentId: ZId }), input);
    await createTerm(term);
    return findTerms({ documentId });
  });
}
