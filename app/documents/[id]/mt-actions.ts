"use server";
import { z } from "zod";
import { saveMtStyleNote } from "@/lib/server/mt/style-note";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";

/** Sets the document's style note, sent with every machine translation request of it. */
export const saveMtStyleNoteAction = defineAction("saveMtStyleNoteAction", z.object({ documentId: ZId, note: z.string().max(2_000) }), async (input, user) => {
  await authorizeDocument(user, input.documentId, "edit");
  return saveMtStyleNote(input);
});
