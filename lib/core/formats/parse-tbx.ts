import { DomainError } from "../errors";
import { checkBilingualSize } from "./check-bilingual-size";
import type { ExportTerm } from "./export-data";
import { childElements, parseXml, textOf, XML_NS, type XmlElement } from "./xml";

const langOf = (element: XmlElement) => element.getAttributeNS(XML_NS, "lang") || element.getAttribute("xml:lang") || "";

/** A TBX file's terms, its version (2008 <martif> or v3 <tbx>) and how many entries lacked a Chinese or an English term. */
export type TbxGlossary = { version: "2008" | "v3"; terms: ExportTerm[]; skipped: number };

/** Reads a TBX file (2008 <martif> termEntry/langSet or v3 <tbx> conceptEntry/langSec): the first Chinese and the first English term of each entry. */
export function parseTbxGlossary(text: string): TbxGlossary {
  checkBilingualSize(new TextEncoder().encode(text).length);
  const doc = parseXml(text);
  const root = doc.documentElement.localName;
  if (root !== "martif" && root !== "tbx") throw new DomainError("UNSUPPORTED_FORMAT", { name: root });
  const entries = [...Array.from(doc.getElementsByTagNameNS("*", "termEntry")), ...Array.from(doc.getElementsByTagNameNS("*", "conceptEntry"))] as XmlElement[];
  const terms: ExportTerm[] = [];
  for (const entry of entries) {
    const langSets = [...childElements(entry, "langSet"), ...childElements(entry, "langSec")];
    const zh = langSets.find((set) => /^zh(-|$)/i.test(langOf(set)));
    const en = langSets.find((set) => /^en(-|$)/i.test(langOf(set)));
    if (!zh || !en) continue;
    const firstTerm = (set: XmlElement) => textOf(Array.from(set.getElementsByTagNameNS("*", "term"))[0] as XmlElement | undefined).trim();
    const status = Array.from(en.getElementsByTagNameNS("*", "termNote")) as XmlElement[];
    const isForbidden = status.some((note) => note.getAttribute("type") === "administrativeStatus" && /deprecated|superseded|forbidden/i.test(textOf(note)));
    const note = [...childElements(entry, "note"), ...childElements(entry, "descrip")].map(textOf).join("\n");
    const source = firstTerm(zh);
    const target = firstTerm(en);
    if (source && target) terms.push({ source, target, note, usage: isForbidden ? "forbidden" : "preferred" });
  }
  if (terms.length === 0) throw new DomainError("NO_TERMS");
  return { version: root === "martif" ? "2008" : "v3", terms, skipped: entries.length - terms.length };
}

/** The terms of a TBX file (see parseTbxGlossary). */
export function parseTbx(text: string): ExportTerm[] {
  return parseTbxGlossary(text).terms;
}
