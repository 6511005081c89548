/** Word's East Asian language for a Chinese BCP 47 tag: zh-HK for Hong Kong (or Macau), zh-TW for any other Traditional, else zh-CN. */
export function wordChineseLanguage(lang: string): "zh-CN" | "zh-TW" | "zh-HK" {
  const subtags = lang.toLowerCase().split("-");
  if (subtags.includes("hk") || subtags.includes("mo")) return "zh-HK";
  if (subtags.includes("hant") || subtags.includes("tw")) return "zh-TW";
  return "zh-CN";
}

/** Word's language for an English BCP 47 tag: its region when it has one (en-GB), else en-US. */
export function wordEnglishLanguage(lang: string): string {
  const region = lang.split("-").find((subtag, i) => i > 0 && /^[a-z]{2}$/i.test(subtag));
  return `en-${region ? region.toUpperCase() : "US"}`;
}
