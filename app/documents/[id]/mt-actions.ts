"use server";
import { z } from "zod";
import { saveMtStyleNote } from "@/lib/server/mt/style-note";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

/** Sets the document's style note, sent with every machine translation request of it. */
export const saveMtStyleNoteAction = defineAction("saveMtStyleNoteAction", z.object({ documentId: ZId, note: z.string().max(2_000) }), (input) =>
  saveMtStyleNote(input),
);
