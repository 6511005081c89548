"use server";
import { z } from "zod";
import { undoBatch } from "@/lib/server/batch-edits";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

/** Undoes a batch of the document (replace all, status change, repetitions, pre-translation, lock): paragraphs changed since keep the later text. */
export const undoBatchAction = defineAction("undoBatchAction", z.object({ documentId: ZId, batchId: ZId }), (input) => undoBatch({ ...input, author: "web" }));
