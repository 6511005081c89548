"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { TERM_USAGES } from "@/lib/core/model";
import { approveTerm, createTerm, deleteTerm, importTerms, updateTerm } from "@/lib/server/glossary";
import { authorOf } from "@/lib/server/authors";
import { authorizeTermChange, newTermStatus } from "@/lib/server/auth/term-rights";
import { runParseTask } from "@/lib/server/run-parse-task";
import { bilingualFileOf } from "@/app/_lib/bilingual-file";
import { defineAction } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeScope, authorizeTerm } from "@/lib/server/auth/authorize";
import { scopeOf } from "@/lib/server/auth/scope-of";

const ZTerm = z.object({ source: z.string().min(1).max(500), target: z.string().min(1).max(500), note: z.string().max(2000), usage: z.enum(TERM_USAGES) });

/** A new term in a project's glossary (projectId), or the shared one (null or absent): `edit`; approved when the user may review there, else a proposal. */
export const createTermAction = defineAction("createTermAction", ZTerm.extend({ projectId: ZId.nullable().optional() }), async ({ projectId = null, ...input }, user) => {
  const scope = await authorizeScope(user, projectId, "edit");
  const term = await createTerm({ ...input, projectId: scope, status: await newTermStatus(user, scope), author: authorOf(user) });
  revalidatePath("/glossary");
  return term;
});

/** Edits a term: `review`, or `edit` for one's own proposal (it stays a proposal). */
export const updateTermAction = defineAction("updateTermAction", ZTerm.extend({ id: ZId }), async (input, user) => {
  const term = await updateTerm(input, await authorizeTermChange(user, input.id));
  revalidatePath("/glossary");
  return term;
});

/** Deletes a term, or rejects a proposal: `review`, or `edit` to withdraw one's own proposal. */
export const deleteTermAction = defineAction("deleteTermAction", z.object({ id: ZId }), async (input, user) => {
  await deleteTerm(input, await authorizeTermChange(user, input.id));
  revalidatePath("/glossary");
  return null;
});

/** Approves a proposal (edited first, if at all, with updateTermAction): `review` in the term's scope. */
export const approveTermAction = defineAction("approveTermAction", z.object({ id: ZId }), async (input, user) => {
  await authorizeTerm(user, input.id, "review");
  const term = await approveTerm({ id: input.id, author: authorOf(user) });
  revalidatePath("/glossary");
  return term;
});

export type TermsImport = { added: number; updated: number; skipped: number; leftOut: number };

/** Imports a glossary file (CSV with a header, or TBX 2008/v3), read in a parse worker, into the shared glossary or a project's (form field `projectId`). */
export async function importTermsFileAction(form: FormData): Promise<ActionResult<TermsImport>> {
  return runAction("importTermsFileAction", async (user) => {
    const projectId = await authorizeScope(user, scopeOf(form), "review");
    const file = bilingualFileOf(form);
    const parsed = await runParseTask("parseGlossaryFile", [file.name, new Uint8Array(await file.arrayBuffer())]);
    const result = await importTerms({ terms: parsed.terms, projectId, author: authorOf(user) });
    revalidatePath("/glossary");
    return { ...result, leftOut: parsed.skipped };
  });
}
