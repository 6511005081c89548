"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAssignment } from "@/lib/server/assignments";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

const ZUserId = z.string().min(1).max(100).nullable();

/** Assigns a document's translator and reviewer (someone who may manage it). */
export const setAssignmentAction = defineAction("setAssignmentAction", z.object({ documentId: ZId, translatorId: ZUserId, reviewerId: ZUserId }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "manage");
  const assignment = await setAssignment(input);
  revalidatePath("/");
  revalidatePath("/my-work");
  return assignment;
});
