// Column headings of bilingual exports read "Chinese (Traditional)" and "English", not the BCP 47 tags
// the files keep in their lang attributes (zh-Hant, en).

const LANGUAGES: Record<string, string> = { zh: "Chinese", en: "English" };
const SCRIPTS: Record<string, string> = { Hans: "Simplified", Hant: "Traditional" };
// CLDR's English names ("Hong Kong SAR China") are longer than a column heading needs.
const REGIONS: Record<string, string> = { HK: "Hong Kong", MO: "Macau", TW: "Taiwan", CN: "Mainland China" };

function displayName(type: "language" | "region" | "script", code: string): string | undefined {
  try {
    return new Intl.DisplayNames(["en"], { type, fallback: "none" }).of(code);
  } catch {
    // Not a well-formed code, or no display names in this runtime.
    return undefined;
  }
}

/**
 * The English name of a language tag for a heading: "Chinese (Traditional, Taiwan)" for zh-Hant-TW,
 * "English (United Kingdom)" for en_GB, "English" for en. A tag it cannot read is returned as it is,
 * and an empty one as the fallback.
 */
export function languageName(tag: string, fallback = ""): string {
  const trimmed = tag.trim();
  const [language = "", ...rest] = trimmed.split(/[-_]/);
  if (!/^[a-z]{2,3}$/i.test(language)) return trimmed || fallback;
  const name = LANGUAGES[language.toLowerCase()] ?? displayName("language", language.toLowerCase());
  if (!name) return trimmed;
  const details: string[] = [];
  for (const subtag of rest) {
    if (/^[a-z]{4}$/i.test(subtag)) {
      const script = subtag[0].toUpperCase() + subtag.slice(1).toLowerCase();
      details.push(SCRIPTS[script] ?? displayName("script", script) ?? script);
    } else if (/^([a-z]{2}|[0-9]{3})$/i.test(subtag)) {
      const region = subtag.toUpperCase();
      details.push(REGIONS[region] ?? displayName("region", region) ?? region);
    } else {
      // Variants and extensions (x-…, -u-…) say nothing a reader of the heading needs.
      break;
    }
  }
  return details.length > 0 ? `${name} (${details.join(", ")})` : name;
}
