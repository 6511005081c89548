"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";
import { TERM_USAGES, type Term } from "@/lib/core/model";
import { createTerm, deleteTerm, importTerms, updateTerm } from "@/lib/server/glossary";
import { runParseTask } from "@/lib/server/run-parse-task";
import { runAction } from "@/app/_lib/run-action";

const ZTerm = z.object({ source: z.string().min(1).max(500), target: z.string().min(1).max(500), note: z.string().max(2000), usage: z.enum(TERM_USAGES) });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT");
  return parsed.data;
}

export async function createTermAction(input: z.infer<typeof ZTerm>): Promise<ActionResult<Term>> {
  return runAction("createTermAction", async () => {
    const term = await createTerm(parse(ZTerm, input));
    revalidatePath("/glossary");
    return term;
  });
}

export async function updateTermAction(input: z.infer<typeof ZTerm> & { id: number }): Promise<ActionResult<Term>> {
  return runAction("updateTermAction", async () => {
    const term = await updateTerm(parse(ZTerm.extend({ id: z.number().int().positive() }), input));
    revalidatePath("/glossary");
    return term;
  });
}

export async function deleteTermAction(input: { id: number }): Promise<ActionResult<null>> {
  return runAction("deleteTermAction", async () => {
    await deleteTerm(parse(z.object({ id: z.number().int().positive() }), input));
    revalidatePath("/glossary");
    return null;
  });
}

export type TermsImport = { added: number; updated: number; skipped: number; leftOut: number };

/** Imports a glossary file (CSV with a header, or TBX 2008/v3), read in a parse worker, into the global glossary. */
export async function importTermsFileAction(form: FormData): Promise<ActionResult<TermsImport>> {
  return runAction("importTermsFileAction", async () => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("EMPTY_SOURCE");
    checkBilingualSize(file.size);
    const parsed = await runParseTask("parseGlossaryFile", [file.name, new Uint8Array(await file.arrayBuffer())]);
    const result = await importTerms({ terms: parsed.terms });
    revalidatePath("/glossary");
    return { ...result, leftOut: parsed.skipped };
  });
}
