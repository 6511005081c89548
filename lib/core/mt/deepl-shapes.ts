import { MtProviderError, UNREADABLE, type MtTerm } from "./mt-types";

/** DeepL's endpoints: keys ending in ":fx" belong to the free API. */
export function deeplBaseUrl(apiKey: string, configured: string): string {
  if (configured.trim()) return configured.trim().replace(/\/+$/, "");
  return apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

export type DeeplTranslateBody = {
  text: string[];
  source_lang: "ZH";
  target_lang: "EN-US";
  glossary_id?: string;
  model_type?: string;
};

/** POST /v2/translate: one paragraph, Chinese to English, with our glossary when there is one. */
export function deeplTranslateBody(text: string, glossaryId: string | null, model: string): DeeplTranslateBody {
  return {
    text: [text],
    source_lang: "ZH",
    target_lang: "EN-US",
    ...(glossaryId ? { glossary_id: glossaryId } : {}),
    ...(model.trim() ? { model_type: model.trim() } : {}),
  };
}

export function parseDeeplTranslation(json: unknown): string {
  const translations = json && typeof json === "object" && "translations" in json ? json.translations : null;
  const text = Array.isArray(translations) ? translations[0]?.text : undefined;
  if (typeof text !== "string") throw new MtProviderError("DeepL answered without a translation", UNREADABLE);
  return text;
}

export type DeeplGlossaryBody = { name: string; source_lang: "zh"; target_lang: "en"; entries: string; entries_format: "tsv" };

/**
 * POST /v2/glossaries from our preferred terms (DeepL has no forbidden renderings). Entries are TSV;
 * a term with a tab or newline, or a Chinese term given twice, is left out (DeepL refuses the whole glossary).
 */
export function deeplGlossaryBody(terms: readonly MtTerm[], name: string): DeeplGlossaryBody | null {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const term of terms) {
    if (term.usage !== "preferred") continue;
    const source = term.source.trim();
    const target = term.target.trim();
    if (!source || !target || /[\t\r\n]/.test(source + target) || seen.has(source)) continue;
    seen.add(source);
    lines.push(`${source}\t${target}`);
  }
  if (lines.length === 0) return null;
  return { name, source_lang: "zh", target_lang: "en", entries: lines.join("\n"), entries_format: "tsv" };
}

export function parseDeeplGlossary(json: unknown): string {
  const id = json && typeof json === "object" && "glossary_id" in json ? json.glossary_id : null;
  if (typeof id !== "string" || id === "") throw new MtProviderError("DeepL answered without a glossary id", UNREADABLE);
  return id;
}
