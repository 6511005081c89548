"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { OVERRIDE_SCRIPTS, type ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import { DomainError } from "@/lib/core/errors";
import { createConversionOverride, deleteConversionOverride, describeConversionOptions, MAX_OVERRIDE_LENGTH } from "@/lib/server/conversion-review";
import { runAction } from "@/app/_lib/run-action";

const ZId = z.number().int().positive();
const ZText = z.string().min(1).max(MAX_OVERRIDE_LENGTH * 2);
const ZCreate = z.object({
  documentId: ZId,
  segmentId: ZId.nullable(),
  start: z.number().int().nonnegative().nullable(),
  from: ZText,
  to: ZText,
  script: z.enum(OVERRIDE_SCRIPTS),
});
const ZDescribe = z.object({ options: z.array(z.object({ text: ZText, source: ZText })).max(20) });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}

// Each returns the document's overrides afresh, so every view redraws with them.

export async function createConversionOverrideAction(input: z.infer<typeof ZCreate>): Promise<ActionResult<ConversionOverride[]>> {
  return runAction("createConversionOverrideAction", async () => createConversionOverride(parse(ZCreate, input)));
}

export async function deleteConversionOverrideAction(input: { id: number; documentId: number }): Promise<ActionResult<ConversionOverride[]>> {
  return runAction("deleteConversionOverrideAction", async () => deleteConversionOverride(parse(z.object({ id: ZId, documentId: ZId }), input)));
}

/** Dictionary senses for the options of a finding (CC-CEDICT lives on the server). */
export async function describeConversionOptionsAction(input: z.infer<typeof ZDescribe>): Promise<ActionResult<string[]>> {
  return runAction("describeConversionOptionsAction", async () => describeConversionOptions(parse(ZDescribe, input)));
}
