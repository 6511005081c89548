// UI languages. The choice lives in a cookie so URLs stay language-neutral.

export const LOCALES = ["en", "zh-CN", "zh-TW"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Traditional-script regions read zh-TW; every other Chinese reads zh-CN.
function localeOfTag(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  if (lower === "en" || lower.startsWith("en-")) return "en";
  if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return "zh-TW";
  if (lower === "zh" || lower.startsWith("zh-")) return "zh-CN";
  return null;
}

/** Picks the UI language from an Accept-Language header: the first supported tag by quality. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of tags) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
