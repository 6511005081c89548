import "server-only";
import { fingerprint } from "@/lib/core/mt/cache-key";
import { deeplBaseUrl, deeplGlossaryBody, deeplTranslateBody, parseDeeplGlossary, parseDeeplTranslation } from "@/lib/core/mt/deepl-shapes";
import type { MtSettings, MtTerm } from "@/lib/core/mt/mt-types";
import { prisma } from "../db";
import { postJson, readJson } from "./provider-fetch";

const authorization = (settings: MtSettings) => ({ Authorization: `DeepL-Auth-Key ${settings.apiKey}` });

// One creation at a time per glossary, so that four concurrent first requests make one glossary.
const creating = new Map<string, Promise<string>>();

/**
 * The DeepL glossary made from our terms (created once per distinct set of terms and endpoint, its id
 * kept in a Setting row), or null when no term can go into one.
 */
export async function deeplGlossaryId(settings: MtSettings, terms: readonly MtTerm[], signal?: AbortSignal): Promise<string | null> {
  const body = deeplGlossaryBody(terms, "Duizhao");
  if (!body) return null;
  const base = deeplBaseUrl(settings.apiKey, settings.baseUrl);
  const key = `mt.deepl.glossary.${fingerprint(`${base}\n${fingerprint(settings.apiKey)}\n${body.entries}`)}`;
  const stored = await prisma.setting.findUnique({ where: { key } });
  if (stored) return stored.value;
  let pending = creating.get(key);
  if (!pending) {
    pending = (async () => {
      const response = await postJson(`${base}/v2/glossaries`, { ...body, name: `Duizhao ${key.slice(-8)}` }, { headers: authorization(settings), signal, apiKey: settings.apiKey });
      const id = parseDeeplGlossary(await readJson(response, signal, settings.apiKey));
      await prisma.setting.upsert({ where: { key }, create: { key, value: id }, update: { value: id } });
      return id;
    })().finally(() => creating.delete(key));
    creating.set(key, pending);
  }
  return pending;
}

/** One paragraph through DeepL's /v2/translate, with our glossary as a DeepL glossary. */
export async function translateWithDeepl(settings: MtSettings, text: string, terms: readonly MtTerm[], signal?: AbortSignal): Promise<string> {
  const glossaryId = await deeplGlossaryId(settings, terms, signal);
  const base = deeplBaseUrl(settings.apiKey, settings.baseUrl);
  const response = await postJson(`${base}/v2/translate`, deeplTranslateBody(text, glossaryId, settings.model), {
    headers: authorization(settings),
    signal,
    apiKey: settings.apiKey,
  });
  return parseDeeplTranslation(await readJson(response, signal, settings.apiKey)).trim();
}
