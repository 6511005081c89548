"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";
import { createDocumentFromBilingual, importTranslations, type ImportSummary } from "@/lib/server/bilingual-import";
import { runParseTask } from "@/lib/server/run-parse-task";
import { runAction } from "@/app/_lib/run-action";

async function readBilingualFile(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("EMPTY_SOURCE");
  checkBilingualSize(file.size);
  return { parsed: await runParseTask("parseBilingual", [await file.text()]), fileName: file.name };
}

const ZId = z.coerce.number().int().positive();

/** Updates a document's translations from an uploaded XLIFF or TMX file; returns what changed. */
export async function importTranslationsAction(documentId: number, form: FormData): Promise<ActionResult<ImportSummary>> {
  return runAction("importTranslationsAction", async () => {
    const id = ZId.safeParse(documentId);
    if (!id.success) throw new DomainError("INVALID_INPUT");
    const { parsed } = await readBilingualFile(form);
    const summary = await importTranslations({ documentId: id.data, units: parsed.units });
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
