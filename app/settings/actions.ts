"use server";
import { revalidatePath } from "next/cache";
import { saveMtSettings, ZMtSettingsInput } from "@/lib/server/mt/mt-settings";
import { defineAction } from "@/app/_lib/define-action";

/** Saves the MT settings; answers PublicMtSettings (never the key). An empty apiKey keeps the stored one. */
export const saveMtSettingsAction = defineAction("saveMtSettingsAction", ZMtSettingsInput, async (input) => {
  const saved = await saveMtSettings(input);
  revalidatePath("/settings");
  return saved;
});
