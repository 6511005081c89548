// Content languages as files write them: BCP 47 in any case, with a region or script (zh-Hant-TW,
// ZH-TW, en-US) or gettext's underscore (zh_CN).

/** True for a Chinese language tag (zh, zh-Hans, ZH-TW, zh_CN …). */
export const isChineseLang = (lang: string): boolean => /^zh([-_]|$)/i.test(lang.trim());

/** True for an English language tag (en, en-US, EN_gb …). */
export const isEnglishLang = (lang: string): boolean => /^en([-_]|$)/i.test(lang.trim());

/** True for a Chinese source and an English target (any region or script subtag). */
export function isSupportedLangPair(sourceLang: string, targetLang: string): boolean {
  return isChineseLang(sourceLang) && isEnglishLang(targetLang);
}

/**
 * The Chinese and the English variant of one TMX unit, by each variant's own language: TMX 1.4 allows
 * srclang="*all*", and po2tmx writes srclang="en" whatever the source is. Undefined when the unit pairs
 * no Chinese with English.
 */
export function pairVariants<T>(variants: readonly T[], langOf: (variant: T) => string): { source: T; target: T } | undefined {
  const source = variants.find((variant) => isChineseLang(langOf(variant)));
  const target = variants.find((variant) => isEnglishLang(langOf(variant)));
  return source !== undefined && target !== undefined ? { source, target } : undefined;
}
