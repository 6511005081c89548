import { MtProviderError, UNREADABLE } from "./mt-types";

export type LibreTranslateBody = { q: string; source: string; target: "en"; format: "text"; api_key?: string };

/** POST /translate; LibreTranslate names Simplified "zh" and Traditional "zt". */
export function libreTranslateBody(text: string, script: "hans" | "hant", apiKey: string): LibreTranslateBody {
  return { q: text, source: script === "hant" ? "zt" : "zh", target: "en", format: "text", ...(apiKey ? { api_key: apiKey } : {}) };
}

export function parseLibreTranslation(json: unknown): string {
  if (json && typeof json === "object") {
    if ("translatedText" in json && typeof json.translatedText === "string") return json.translatedText;
    if ("error" in json) throw new MtProviderError(`LibreTranslate reported an error: ${String(json.error)}`, UNREADABLE);
  }
  throw new MtProviderError("LibreTranslate answered without a translation", UNREADABLE);
}
