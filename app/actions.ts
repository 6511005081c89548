"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/core/action-result";
import { DomainError } from "@/lib/core/errors";
import { deleteDocument } from "@/lib/server/documents";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { runAction } from "./_lib/run-action";

const ZDocumentId = z.number().int().positive();
const ZLocale = z.enum(LOCALES);

export async function deleteDocumentAction(id: number): Promise<ActionResult<null>> {
  return runAction("deleteDocumentAction", async () => {
    const parsed = ZDocumentId.safeParse(id);
    if (!parsed.success) throw new DomainError("INVALID_INPUT");
    await deleteDocument({ id: parsed.data });
    revalidatePath("/");
    return null;
  });
}

export async function setLocaleAction(locale: string): Promise<void> {
  const parsed = ZLocale.safeParse(locale);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
