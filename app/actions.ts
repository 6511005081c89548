"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteDocument } from "@/lib/server/documents";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { defineAction } from "./_lib/define-action";
import { ZId } from "./_lib/schemas";
import { authorizeDocument } from "@/lib/server/auth/authorize";

const ZLocale = z.enum(LOCALES);

export const deleteDocumentAction = defineAction("deleteDocumentAction", ZId, async (id, user) => {
  await deleteDocument({ id: await authorizeDocument(user, id, "manage") });
  revalidatePath("/");
  return null;
});

export async function setLocaleAction(locale: string): Promise<void> {
  const parsed = ZLocale.safeParse(locale);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
