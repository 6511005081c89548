"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import type { PreTranslation } from "@/lib/core/memory/memory-summary";
import type { MemoryMatch } from "@/lib/core/memory/memory-types";
import { findMemoryMatches, preTranslate } from "@/lib/server/memory";
import { runAction } from "@/app/_lib/run-action";

const ZId = z.number().int().positive();

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}

/** Memory matches for the focused paragraph. No revalidation: the editor shows the answer itself. */
export async function findMemoryMatchesAction(input: { documentId: number; segmentId: number }): Promise<ActionResult<MemoryMatch[]>> {
  return runAction("findMemoryMatchesAction", async () => findMemoryMatches(parse(z.object({ documentId: ZId, segmentId: ZId }), input)));
}

/** Fills empty paragraphs from 100% matches as drafts; the editor adopts the segments returned. */
export async function preTranslateAction(input: { documentId: number }): Promise<ActionResult<PreTranslation>> {
  return runAction("preTranslateAction", async () => preTranslate({ ...parse(z.object({ documentId: ZId }), input), author: "web" }));
}
