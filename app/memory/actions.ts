"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { deleteMemory, importTmxMemory } from "@/lib/server/memory";
import { bilingualFileOf } from "@/app/_lib/bilingual-file";
import { defineAction } from "@/app/_lib/define-action";
import { runAction } from "@/app/_lib/run-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeMemory, authorizeScope } from "@/lib/server/auth/authorize";
import { scopeOf } from "@/lib/server/auth/scope-of";

/** Imports an uploaded TMX file as a translation memory, shared or a project's (form field `projectId`). */
export async function importTmxAction(form: FormData): Promise<ActionResult<{ id: number; name: string; entries: number }>> {
  return runAction("importTmxAction", async (user) => {
    const projectId = await authorizeScope(user, scopeOf(form), "manage");
    const file = bilingualFileOf(form);
    const typed = String(form.get("name") ?? "").trim().slice(0, 200);
    const name = typed || file.name.replace(/\.tmx$/i, "");
    const xml = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    const { id, entries } = await importTmxMemory({ name, fileName: file.name, xml, projectId });
    revalidatePath("/memory");
    return { id, name, entries };
  });
}

export const deleteMemoryAction = defineAction("deleteMemoryAction", z.object({ id: ZId }), async (input, user) => {
  await authorizeMemory(user, input.id, "manage");
  await deleteMemory(input);
  revalidatePath("/memory");
  return null;
});
