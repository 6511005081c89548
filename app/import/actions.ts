"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { pastedSource, prepareImport, type ImportSource } from "@/lib/core/import/prepare-import";
import type { SourcePreview } from "@/lib/core/import/source-preview";
import { createDocument } from "@/lib/server/documents";
import { ZCleanupChoices } from "@/app/_lib/cleanup-choices-schema";
import { parseInput } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { importProjectOf } from "@/lib/server/auth/import-project";
import { readUpload } from "./read-upload";

const ZDetails = z.object({
  title: z.string().max(1000),
  // Checked by prepareImport (http(s) only, INVALID_SOURCE_URL), as for the CLI.
  sourceUrl: z.string().max(10_000),
  note: z.string().max(10_000),
  encoding: z.string().max(20).optional(),
});

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("INVALID_INPUT");
  }
}

async function sourceOf(form: FormData): Promise<ImportSource> {
  const file = form.get("file");
  if (file instanceof File) return readUpload(file, field(form, "encoding") || undefined);
  // A textarea's value has LF line breaks only, and the preview's choices point into it; sending a form
  // turns them into CRLF, so they are turned back.
  return pastedSource((field(form, "text") ?? "").replace(/\r\n/g, "\n"));
}

/** Decodes an uploaded file (with the detected or the chosen encoding) for the cleanup preview. */
export async function readSourceAction(form: FormData): Promise<ActionResult<SourcePreview>> {
  return runAction("readSourceAction", async () => {
    const source = await sourceOf(form);
    const { text, format, encoding, title } = source;
    return { text, format, encoding, title: title ?? null, detected: source.detected ?? null, replacementCount: source.replacementCount ?? 0 };
  });
}

/** Imports a pasted text or an uploaded file with the user's cleanup choices, in one transaction. */
export async function importDocumentAction(form: FormData): Promise<ActionResult<{ id: number }>> {
  return runAction("importDocumentAction", async (user) => {
    const projectId = await importProjectOf(user, form);
    const details = parseInput(ZDetails, {
      title: field(form, "title") ?? "",
      sourceUrl: field(form, "sourceUrl")?.trim() ?? "",
      note: field(form, "note") ?? "",
    });
    const cleanup = parseInput(ZCleanupChoices, parseJson(field(form, "choices") ?? "null"));
    const source = await sourceOf(form);
    const { id } = await createDocument({ ...prepareImport(source, { ...details, cleanup }), projectId });
    revalidatePath("/");
    return { id };
  });
}
