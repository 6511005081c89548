"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { TERM_USAGES } from "@/lib/core/model";
import { createTerm, deleteTerm, importTerms, updateTerm } from "@/lib/server/glossary";
import { runParseTask } from "@/lib/server/run-parse-task";
import { bilingualFileOf } from "@/app/_lib/bilingual-file";
import { defineAction } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { ZId } from "@/app/_lib/schemas";

const ZTerm = z.object({ source: z.string().min(1).max(500), target: z.string().min(1).max(500), note: z.string().max(2000), usage: z.enum(TERM_USAGES) });

export const createTermAction = defineAction("createTermAction", ZTerm, async (input) => {
  const term = await createTerm(input);
  revalidatePath("/glossary");
  return term;
});

export const updateTermAction = defineAction("updateTermAction", ZTerm.extend({ id: ZId }), async (input) => {
  const term = await updateTerm(input);
  revalidatePath("/glossary");
  return term;
});

export const deleteTermAction = defineAction("deleteTermAction", z.object({ id: ZId }), async (input) => {
  await deleteTerm(input);
  revalidatePath("/glossary");
  return null;
});

export type TermsImport = { added: number; updated: number; skipped: number; leftOut: number };

/** Imports a glossary file (CSV with a header, or TBX 2008/v3), read in a parse worker, into the global glossary. */
export async function importTermsFileAction(form: FormData): Promise<ActionResult<TermsImport>> {
  return runAction("importTermsFileAction", async () => {
    const file = bilingualFileOf(form);
    const parsed = await runParseTask("parseGlossaryFile", [file.name, new Uint8Array(await file.arrayBuffer())]);
    const result = await importTerms({ terms: parsed.terms });
    revalidatePath("/glossary");
    return { ...result, leftOut: parsed.skipped };
  });
}
