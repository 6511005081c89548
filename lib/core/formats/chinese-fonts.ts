import { wordChineseLanguage } from "./word-language";

// Fonts named in exported files for Chinese text. Each list starts with the font that ships with
// Windows, then macOS's, then the Noto CJK / Source Han fonts of Linux desktops (and Android).
const STACKS = {
  "zh-CN": ["Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC"],
  "zh-TW": ["Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC"],
  "zh-HK": ["Microsoft JhengHei", "PingFang HK", "PingFang TC", "Noto Sans CJK HK", "Source Han Sans HC", "Noto Sans CJK TC"],
} as const;

/** The fonts for Chinese text in a BCP 47 lang (zh-Hans, zh-Hant-TW, zh-HK…), Windows first, without a generic family. */
export function chineseFontNames(lang: string): readonly string[] {
  return STACKS[wordChineseLanguage(lang)];
}

/** A CSS font-family list for Chinese text in a lang: the fonts quoted, sans-serif last. */
export function chineseFontFamily(lang: string): string {
  return [...chineseFontNames(lang).map((name) => `"${name}"`), "sans-serif"].join(", ");
}

/**
 * The one East Asian font a DOCX run can name (w:rFonts cannot list fallbacks): Windows' Microsoft
 * YaHei for Simplified, Microsoft JhengHei for Traditional. Word on macOS ships both; LibreOffice
 * replaces them through fontconfig (Noto Sans CJK on most Linux systems).
 */
export function wordChineseFont(lang: string): string {
  return chineseFontNames(lang)[0];
}
