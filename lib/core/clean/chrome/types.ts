/**
 * A platform's chrome, as regular-expression sources written in Simplified (each is widened to match
 * Traditional too) and matched against a whole trimmed line:
 * - `templates`: a line of this exact shape is chrome on its own (`本帖最后由 X 于 DATE 编辑`).
 * - `strongTokens`: buttons and labels no prose line consists of (`只看该作者`, `收起回复`); a line made
 *   only of tokens, at least one of them strong, is chrome on its own.
 * - `weakTokens`: words that are also ordinary words (`回复`, `分享`, `赞`); a line made only of them is
 *   chrome when it has two or more of them or stands among other chrome lines, and otherwise only offered.
 */
export type ChromeVocabulary = {
  templates: ChromeTemplate[];
  strongTokens: string[];
  weakTokens: string[];
  /** Templates whose first group is a user's name: a line holding only that name is chrome too. */
  names?: string[];
};

export type ChromeTemplate = { pattern: string; detail: string };

/** Slots shared by the templates. */
export const DATE = String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
export const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A user name: one run without spaces. */
export const USER = String.raw`\S{1,24}`;
/** A file size as forums print it: `1.56 MB`, `856 KB`, `12K`. */
export const SIZE = String.raw`\d+(?:\.\d+)?\s*(?:[KMG]?B|[KMG])`;
