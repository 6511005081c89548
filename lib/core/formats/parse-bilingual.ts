import { DomainError } from "../errors";
import { checkBilingualSize } from "./check-bilingual-size";
import { MAX_PARAGRAPHS } from "../limits";
import { SEGMENT_KINDS, SEGMENT_STATUSES, isOneOf, type SegmentKind, type SegmentStatus } from "../model";
import { childElements, firstElement, parseXml, textOf, XML_NS, type XmlDocument, type XmlElement } from "./xml";
import { MDA_CATEGORY, MDA_NS, TMX_VERSION_PROP, XLIFF12_VERSION_DATA } from "./paragraph-version";
import { fromXliff12State, fromXliff20State } from "./xliff-states";
import type { InlineTag } from "./inline-tags";
import { inlineTagReader, type InlineTagReader } from "./read-inline-tags";

/**
 * One paragraph read back from a bilingual file; id is the unit's id (e.g. "s42") when it has one,
 * version the paragraph's version when Duizhao exported it (absent in other tools' files); inline tags
 * are characters in source and target (inline-tag-chars.ts), their markup in tags.
 */
export type ParsedUnit = { id: string; kind: SegmentKind; source: string; target: string; status: SegmentStatus; version?: number; tags?: InlineTag[] };

export type ParsedBilingual = {
  format: "tmx" | "xliff12" | "xliff20";
  title: string;
  sourceLang: string;
  targetLang: string;
  units: ParsedUnit[];
};

const kindOf = (value: string | null): SegmentKind => (value && isOneOf(SEGMENT_KINDS, value) ? value : "body");
const attr = (element: XmlElement | undefined, name: string) => element?.getAttribute(name) ?? "";
const versionOf = (text: string | undefined): { version?: number } => (text !== undefined && /^\s*\d{1,15}\s*$/.test(text) ? { version: Number(text) } : {});
const tagsOf = (reader: InlineTagReader): { tags?: InlineTag[] } => (reader.tags.length > 0 ? { tags: reader.tags } : {});
const xmlLang = (element: XmlElement) => element.getAttributeNS(XML_NS, "lang") || element.getAttribute("xml:lang") || element.getAttribute("lang") || "";

function readTmx(doc: XmlDocument): ParsedBilingual {
  const header = firstElement(doc, "header");
  const sourceLang = attr(header, "srclang");
  const units: ParsedUnit[] = [];
  let targetLang = "";
  for (const tu of Array.from(doc.getElementsByTagName("tu")) as XmlElement[]) {
    const variants = childElements(tu, "tuv");
    const sourceTuv = variants.find((tuv) => sameLang(xmlLang(tuv), sourceLang)) ?? variants[0];
    const targetTuv = variants.find((tuv) => tuv !== sourceTuv);
    if (!sourceTuv) continue;
    if (targetTuv) targetLang ||= xmlLang(targetTuv);
    const props = new Map(childElements(tu, "prop").map((prop) => [attr(prop, "type"), textOf(prop)]));
    const tags = inlineTagReader("tmx");
    const source = tags.read(firstElement(sourceTuv, "seg"));
    const target = tags.read(targetTuv && firstElement(targetTuv, "seg"));
    const status = props.get("x-status") ?? "";
    units.push({
      id: attr(tu, "tuid"),
      kind: kindOf(props.get("x-kind") ?? null),
      source,
      target,
      status: target === "" ? "untranslated" : isOneOf(SEGMENT_STATUSES, status) ? status : "translated",
      ...versionOf(props.get(TMX_VERSION_PROP)),
      ...tagsOf(tags),
    });
  }
  const title = (Array.from(doc.getElementsByTagName("prop")) as XmlElement[]).find((prop) => attr(prop, "type") === "x-title");
  return { format: "tmx", title: textOf(title), sourceLang, targetLang, units };
}

function readXliff12(doc: XmlDocument): ParsedBilingual {
  const file = firstElement(doc, "file");
  const units = (Array.from(doc.getElementsByTagNameNS("*", "trans-unit")) as XmlElement[]).map((unit): ParsedUnit => {
    const targetElement = childElements(unit, "target")[0];
    const tags = inlineTagReader("xliff12");
    const source = tags.read(childElements(unit, "source")[0]);
    const target = tags.read(targetElement);
    return {
      id: attr(unit, "id"),
      kind: kindOf(unit.getAttribute("resname")),
      source,
      target,
      status: fromXliff12State(attr(targetElement, "state"), attr(unit, "approved") === "yes", target),
      ...versionOf(XLIFF12_VERSION_DATA.exec(attr(unit, "extradata"))?.[1]),
      ...tagsOf(tags),
    };
  });
  return { format: "xliff12", title: attr(file, "original"), sourceLang: attr(file, "source-language"), targetLang: attr(file, "target-language"), units };
}

function readXliff20(doc: XmlDocument): ParsedBilingual {
  const root = doc.documentElement;
  const units = (Array.from(doc.getElementsByTagNameNS("*", "unit")) as XmlElement[]).map((unit): ParsedUnit => {
    // A unit may hold several segments: they are one paragraph here, joined in order.
    const segments = childElements(unit, "segment");
    const tags = inlineTagReader("xliff20");
    const source = segments.map((segment) => tags.read(childElements(segment, "source")[0])).join("");
    const target = segments.map((segment) => tags.read(childElements(segment, "target")[0])).join("");
    return {
      id: attr(unit, "id"),
      kind: kindOf(unit.getAttribute("name")),
      source,
      target,
      status: fromXliff20State(attr(segments[0], "state") || "initial", target),
      ...versionOf(xliff20Version(unit)),
      ...tagsOf(tags),
    };
  });
  return { format: "xliff20", title: attr(firstElement(doc, "file"), "original"), sourceLang: attr(root, "srcLang"), targetLang: attr(root, "trgLang"), units };
}

function xliff20Version(unit: XmlElement): string | undefined {
  const groups = childElements(unit, "metadata")
    .filter((metadata) => metadata.namespaceURI === MDA_NS)
    .flatMap((metadata) => childElements(metadata, "metaGroup"))
    .filter((group) => attr(group, "category") === MDA_CATEGORY);
  const meta = groups.flatMap((group) => childElements(group, "meta")).find((element) => attr(element, "type") === "version");
  return meta && textOf(meta);
}

function sameLang(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** True for a Chinese source and an English target (any region or script subtag). */
export function isSupportedLangPair(sourceLang: string, targetLang: string): boolean {
  return /^zh(-|$)/i.test(sourceLang) && /^en(-|$)/i.test(targetLang);
}

/**
 * Reads a TMX 1.4, XLIFF 1.2 or XLIFF 2.x file. Refuses (DomainError) files over MAX_BILINGUAL_BYTES,
 * malformed XML, other XML, a pair other than Chinese → English, no units or too many.
 */
export function parseBilingual(text: string): ParsedBilingual {
  checkBilingualSize(new TextEncoder().encode(text).length);
  const doc = parseXml(text);
  const root = doc.documentElement;
  const version = root.getAttribute("version") ?? "";
  let parsed: ParsedBilingual;
  if (root.localName === "tmx") parsed = readTmx(doc);
  else if (root.localName === "xliff" && version === "1.2") parsed = readXliff12(doc);
  else if (root.localName === "xliff" && /^2\.\d$/.test(version)) parsed = readXliff20(doc);
  else throw new DomainError("UNSUPPORTED_FORMAT", { name: root.localName });
  if (!isSupportedLangPair(parsed.sourceLang, parsed.targetLang || "en")) {
    throw new DomainError("WRONG_LANGUAGE_PAIR", { source: parsed.sourceLang || "?", target: parsed.targetLang || "?" });
  }
  if (parsed.units.length === 0 || parsed.units.every((unit) => unit.source.trim() === "")) throw new DomainError("EMPTY_SOURCE");
  if (parsed.units.length > MAX_PARAGRAPHS) throw new DomainError("TOO_MANY_PARAGRAPHS", { limit: MAX_PARAGRAPHS });
  return parsed;
}
