"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { deleteMemory, importTmxMemory } from "@/lib/server/memory";
import { bilingualFileOf } from "@/app/_lib/bilingual-file";
import { defineAction } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { ZId } from "@/app/_lib/schemas";

/** Imports an uploaded TMX file as a translation memory. */
export async function importTmxAction(form: FormData): Promise<ActionResult<{ id: number; name: string; entries: number }>> {
  return runAction("importTmxAction", async () => {
    const file = bilingualFileOf(form);
    const typed = String(form.get("name") ?? "").trim().slice(0, 200);
    const name = typed || file.name.replace(/\.tmx$/i, "");
    const xml = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    const { id, entries } = await importTmxMemory({ name, fileName: file.name, xml });
    revalidatePath("/memory");
    return { id, name, entries };
  });
}

export const deleteMemoryAction = defineAction("deleteMemoryAction", z.object({ id: ZId }), async (input) => {
  await deleteMemory(input);
  revalidatePath("/memory");
  return null;
});
