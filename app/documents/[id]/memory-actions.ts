"use server";
import { z } from "zod";
import { preTranslate } from "@/lib/server/memory";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";

/** Fills empty paragraphs from 100% matches as drafts; the editor adopts the segments returned. */
export const preTranslateAction = defineAction("preTranslateAction", z.object({ documentId: ZId }), (input) => preTranslate({ ...input, author: "web" }));
