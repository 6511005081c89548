"use server";
import { z } from "zod";
import { MIN_PRE_TRANSLATE_THRESHOLD } from "@/lib/core/batch/batch-origins";
import { preTranslate } from "@/lib/server/memory";
import { defineAction } from "@/app/_lib/define-action";
import { authorOf } from "@/lib/server/authors";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";

/** Fills empty paragraphs from memory matches of at least `threshold` percent (100 by default) as drafts, in one undoable batch. */
export const preTranslateAction = defineAction(
  "preTranslateAction",
  z.object({ documentId: ZId, threshold: z.number().int().min(MIN_PRE_TRANSLATE_THRESHOLD).max(100).optional() }),
  async (input, user) => {
    await authorizeDocument(user, input.documentId, "edit");
    return preTranslate({ ...input, author: authorOf(user) });
  },
);
