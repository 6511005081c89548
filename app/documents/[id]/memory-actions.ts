"use server";
import { z } from "zod";
import { findMemoryMatches, preTranslate } from "@/lib/server/memory";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

/** Memory matches for the focused paragraph. No revalidation: the editor shows the answer itself. */
export const findMemoryMatchesAction = defineAction("findMemoryMatchesAction", z.object({ documentId: ZId, segmentId: ZId }), findMemoryMatches);

/** Fills empty paragraphs from 100% matches as drafts; the editor adopts the segments returned. */
export const preTranslateAction = defineAction("preTranslateAction", z.object({ documentId: ZId }), (input) => preTranslate({ ...input, author: "web" }));
