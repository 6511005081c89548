"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";
import { createDocumentFromBilingual, importTranslations, type ImportSummary } from "@/lib/server/bilingual-import";
import { importReview, type ReviewImportSummary } from "@/lib/server/review-import";
import { runParseTask } from "@/lib/server/run-parse-task";
import { runAction } from "@/app/_lib/run-action";

async function readBilingualFile(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("EMPTY_SOURCE");
  checkBilingualSize(file.size);
  return { parsed: await runParseTask("parseBilingual", [await file.text()]), fileName: file.name };
}

const ZId = z.coerce.number().int().positive();

const REVIEW_FILE = /\.(docx|xlsx)$/i;

// A review table exported from the document (DOCX, XLSX) comes back through its own reader and import.
async function importReviewFile(documentId: number, file: File): Promise<ReviewImportSummary> {
  checkBilingualSize(file.size);
  const review = await runParseTask("parseReviewFile", [new Uint8Array(await file.arrayBuffer())]);
  return importReview({ documentId, review });
}

/** Updates a document's translations from an uploaded XLIFF or TMX file, or a review DOCX/XLSX; returns what changed. */
export async function importTranslationsAction(documentId: number, form: FormData): Promise<ActionResult<ImportSummary | ReviewImportSummary>> {
  return runAction("importTranslationsAction", async () => {
    const id = ZId.safeParse(documentId);
    if (!id.success) throw new DomainError("INVALID_INPUT");
    const file = form.get("file");
    const summary = file instanceof File && REVIEW_FILE.test(file.name) ? await importReviewFile(id.data, file) : await importTranslations({ documentId: id.data, units: (await readBilingualFile(form)).parsed.units });
    revalidatePath(`/documents/${id.data}`);
    revalidatePath("/");
    return summary;
  });
}

/** Creates a document from an uploaded XLIFF or TMX file and opens it. */
export async function createFromBilingualAction(_state: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction("createFromBilingualAction", async () => createDocumentFromBilingual(await readBilingualFile(form)));
  if (!result.ok) return result;
  revalidatePath("/");
  redirect(`/documents/${result.data.id}`);
}
