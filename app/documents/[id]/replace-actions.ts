"use server";
import { z } from "zod";
import { MAX_PARAGRAPHS } from "@/lib/core/limits";
import { MAX_PATTERN_LENGTH } from "@/lib/core/search/compile-search";
import { SEGMENT_FILTERS } from "@/lib/core/editor/segment-filter";
import { replaceInDocument } from "@/lib/server/replace-in-document";
import { defineAction } from "@/app/_lib/define-action";
import { authorOf } from "@/lib/server/authors";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";

const ZReplace = z.object({
  documentId: ZId,
  query: z.object({
    find: z.string().min(1).max(MAX_PATTERN_LENGTH),
    replace: z.string().max(10_000),
    isRegex: z.boolean(),
    isWholeWord: z.boolean(),
    isCaseSensitive: z.boolean(),
  }),
  scope: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("all") }),
    z.object({ kind: z.literal("filter"), filter: z.enum(SEGMENT_FILTERS), query: z.string().max(1_000) }),
    z.object({ kind: z.literal("term"), term: z.string().max(500) }),
  ]),
  paragraphs: z.array(z.object({ segmentId: ZId, version: z.number().int().nonnegative() })).min(1).max(MAX_PARAGRAPHS),
});

/** Replace all in the paragraphs the translator previewed, as one undoable batch; the texts are computed on the server. */
export const replaceInDocumentAction = defineAction("replaceInDocumentAction", ZReplace, async (input, user) => {
  await authorizeDocument(user, input.documentId, "edit");
  return replaceInDocument({ ...input, author: authorOf(user) });
});
