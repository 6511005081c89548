"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { createDocumentFromBilingual, importTranslations, type ImportSummary } from "@/lib/server/bilingual-import";
import { importReview, type ReviewImportSummary } from "@/lib/server/review-import";
import { runParseTask } from "@/lib/server/run-parse-task";
import { bilingualFileOf } from "@/app/_lib/bilingual-file";
import { parseInput } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { importProjectOf } from "@/lib/server/auth/import-project";

async function readBilingualFile(form: FormData) {
  const file = bilingualFileOf(form);
  return { parsed: await runParseTask("parseBilingual", [await file.text()]), fileName: file.name };
}

const ZDocumentId = z.coerce.number().int().positive();

const REVIEW_FILE = /\.(docx|xlsx)$/i;

// A review table exported from the document (DOCX, XLSX) comes back through its own reader and import.
async function importReviewFile(documentId: number, form: FormData): Promise<ReviewImportSummary> {
  const review = await runParseTask("parseReviewFile", [new Uint8Array(await bilingualFileOf(form).arrayBuffer())]);
  return importReview({ documentId, review });
}

/** Updates a document's translations from an uploaded XLIFF or TMX file, or a review DOCX/XLSX; returns what changed. */
export async function importTranslationsAction(documentId: number, form: FormData): Promise<ActionResult<ImportSummary | ReviewImportSummary>> {
  return runAction("importTranslationsAction", async (user) => {
    const id = await authorizeDocument(user, parseInput(ZDocumentId, documentId), "edit");
    const file = form.get("file");
    const summary = file instanceof File && REVIEW_FILE.test(file.name) ? await importReviewFile(id, form) : await importTranslations({ documentId: id, units: (await readBilingualFile(form)).parsed.units });
    revalidatePath(`/documents/${id}`);
    revalidatePath("/");
    return summary;
  });
}

/** Creates a document from an uploaded XLIFF or TMX file and opens it. */
export async function createFromBilingualAction(_state: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction("createFromBilingualAction", async (user) => {
    const projectId = await importProjectOf(user, form);
    return createDocumentFromBilingual({ ...(await readBilingualFile(form)), projectId });
  });
  if (!result.ok) return result;
  revalidatePath("/");
  redirect(`/documents/${result.data.id}`);
}
