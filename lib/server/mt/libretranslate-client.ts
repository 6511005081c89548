import "server-only";
import { libreTranslateBody, parseLibreTranslation } from "@/lib/core/mt/libretranslate-shapes";
import type { MtSettings } from "@/lib/core/mt/mt-types";
import { postJson, readJson } from "./provider-fetch";

/** One paragraph through a LibreTranslate server's /translate. */
export async function translateWithLibre(settings: MtSettings, text: string, script: "hans" | "hant", signal?: AbortSignal): Promise<string> {
  const base = settings.baseUrl.trim().replace(/\/+$/, "");
  const response = await postJson(`${base}/translate`, libreTranslateBody(text, script, settings.apiKey), { signal, apiKey: settings.apiKey });
  return parseLibreTranslation(await readJson(response, signal, settings.apiKey)).trim();
}
