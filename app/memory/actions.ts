"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";
import type { ConcordanceHit } from "@/lib/core/memory/memory-types";
import { deleteMemory, importTmxMemory, searchConcordance } from "@/lib/server/memory";
import { runAction } from "@/app/_lib/run-action";

/** Imports an uploaded TMX file as a translation memory. */
export async function importTmxAction(form: FormData): Promise<ActionResult<{ id: number; name: string; entries: number }>> {
  return runAction("importTmxAction", async () => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("EMPTY_SOURCE");
    checkBilingualSize(file.size);
    const typed = String(form.get("name") ?? "").trim().slice(0, 200);
    const name = typed || file.name.replace(/\.tmx$/i, "");
    const xml = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    const { id, entries } = await importTmxMemory({ name, fileName: file.name, xml });
    revalidatePath("/memory");
    return { id, name, entries };
  });
}

export async function deleteMemoryAction(input: { id: number }): Promise<ActionResult<null>> {
  return runAction("deleteMemoryAction", async () => {
    const parsed = z.object({ id: z.number().int().positive() }).safeParse(input);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    await deleteMemory(parsed.data);
    revalidatePath("/memory");
    return null;
  });
}

/** Concordance search for the Ctrl/⌘+K dialog. */
export async function searchConcordanceAction(input: { text: string }): Promise<ActionResult<ConcordanceHit[]>> {
  return runAction("searchConcordanceAction", async () => {
    const parsed = z.object({ text: z.string().max(200) }).safeParse(input);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    return searchConcordance({ text: parsed.data.text, limit: 50 });
  });
}
