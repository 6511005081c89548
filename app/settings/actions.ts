"use server";
import { revalidatePath } from "next/cache";
import { saveMtSettings, ZMtSettingsInput } from "@/lib/server/mt/mt-settings";
import { defineAction } from "@/app/_lib/define-action";
import { authorizeGlobal } from "@/lib/server/auth/authorize";

/** Saves the MT settings; answers PublicMtSettings (never the key). An empty apiKey keeps the stored one. */
export const saveMtSettingsAction = defineAction("saveMtSettingsAction", ZMtSettingsInput, async (input, user) => {
  authorizeGlobal(user);
  const saved = await saveMtSettings(input);
  revalidatePath("/settings");
  return saved;
});
