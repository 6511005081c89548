import type { XmlElement } from "./xml";
import { hasHan } from "../text/char-classes";

/** XLIFF 1.0 and 1.1 (po2xliff writes 1.1) read as 1.2: the elements and attributes Duizhao reads are the same. */
export const isXliff1Version = (version: string): boolean => /^1\.[012]$/.test(version.trim());

/** A trans-unit that is no paragraph: the PO header that po2xliff writes as a unit. */
export const isHeaderUnit = (unit: XmlElement): boolean => unit.getAttribute("restype") === "x-gettext-domain-header";


/**
 * The languages of an XLIFF 1.x file. po2xliff declares every file source-language="en-US" with no
 * target-language, whatever its PO file holds: such a file whose sources are mostly Chinese is read as
 * Chinese → English. Any other file keeps the languages it declares.
 */
export function xliff1Langs(declared: { sourceLang: string; targetLang: string }, sources: string[]): { sourceLang: string; targetLang: string } {
  const isPo2xliff = /^en(-US)?$/i.test(declared.sourceLang) && declared.targetLang === "";
  const texts = sources.filter((source) => source.trim() !== "");
  const isChinese = texts.length > 0 && texts.filter((source) => hasHan(source)).length * 2 >= texts.length;
  return isPo2xliff && isChinese ? { sourceLang: "zh", targetLang: "en" } : declared;
}
