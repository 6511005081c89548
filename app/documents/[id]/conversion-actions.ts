"use server";
import { z } from "zod";
import { OVERRIDE_SCRIPTS } from "@/lib/core/convert/conversion-review-types";
import { createConversionOverride, deleteConversionOverride, MAX_OVERRIDE_LENGTH } from "@/lib/server/conversion-review";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";

const ZText = z.string().min(1).max(MAX_OVERRIDE_LENGTH * 2);
const ZCreate = z.object({
  documentId: ZId,
  segmentId: ZId.nullable(),
  start: z.number().int().nonnegative().nullable(),
  from: ZText,
  to: ZText,
  script: z.enum(OVERRIDE_SCRIPTS),
});

// Each returns the document's overrides afresh, so every view redraws with them. A choice is deleted only
// from the document it was made in.

export const createConversionOverrideAction = defineAction("createConversionOverrideAction", ZCreate, async (input, user) => {
  await authorizeDocument(user, input.documentId, "edit");
  return createConversionOverride(input);
});

export const deleteConversionOverrideAction = defineAction("deleteConversionOverrideAction", z.object({ id: ZId, documentId: ZId }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "edit");
  return deleteConversionOverride(input);
});
