import { DomainError } from "../errors";
import { checkBilingualSize } from "./check-bilingual-size";
import { MAX_PARAGRAPHS } from "../limits";
import { SEGMENT_KINDS, SEGMENT_STATUSES, isOneOf, type SegmentKind, type SegmentStatus } from "../model";
import { childElements, firstElement, parseXml, textOf, XML_NS, type XmlDocument, type XmlElement } from "./xml";
import { MDA_CATEGORY, MDA_NS, TMX_VERSION_PROP, XLIFF12_VERSION_DATA } from "./paragraph-version";
import { fromXliff12State, fromXliff20State } from "./xliff-states";
import { isSupportedLangPair, pairVariants } from "./lang-pair";
import { isHeaderUnit, isXliff1Version, xliff1Langs } from "./xliff1-compat";
import { dropSourceCopy } from "./drop-source-copy";
import type { InlineTag } from "./inline-tags";
import { inlineTagReader, type InlineTagReader } from "./read-inline-tags";

/**
 * One paragraph read back from a bilingual file; id is the unit's id (e.g. "s42") when it has one,
 * version the paragraph's version when Duizhao exported it (absent in other tools' files),
 * isStatusImplied when the file says nothing of its status (no state, approved flag or x-status);
 * inline tags are characters in source and target (inline-tag-chars.ts), their markup in tags.
 */
export type ParsedUnit = {
  id: string;
  kind: SegmentKind;
  source: string;
  target: string;
  status: SegmentStatus;
  version?: number;
  isStatusImplied?: boolean;
  tags?: InlineTag[];
};

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
  const units: ParsedUnit[] = [];
  const langs = new Set<string>();
  let sourceLang = "";
  let targetLang = "";
  const tus = Array.from(doc.getElementsByTagName("tu")) as XmlElement[];
  for (const tu of tus) {
    const variants = childElements(tu, "tuv");
    variants.forEach((tuv) => langs.add(xmlLang(tuv)));
    const pair = pairVariants(variants, xmlLang);
    if (!pair) continue;
    const { source: sourceTuv, target: targetTuv } = pair;
    sourceLang ||= xmlLang(sourceTuv);
    targetLang ||= xmlLang(targetTuv);
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
      isStatusImplied: target !== "" && !isOneOf(SEGMENT_STATUSES, status),
      ...versionOf(props.get(TMX_VERSION_PROP)),
      ...tagsOf(tags),
    });
  }
  if (tus.length > 0 && units.length === 0) throw new DomainError("NO_LANGUAGE_PAIR", { langs: [...langs].filter(Boolean).join(", ") || "?" });
  const title = (Array.from(doc.getElementsByTagName("prop")) as XmlElement[]).find((prop) => attr(prop, "type") === "x-title");
  return { format: "tmx", title: textOf(title), sourceLang: sourceLang || attr(header, "srclang"), targetLang, units };
}

function readXliff12(doc: XmlDocument): ParsedBilingual {
  const file = firstElement(doc, "file");
  const transUnits = (Array.from(doc.getElementsByTagNameNS("*", "trans-unit")) as XmlElement[]).filter((unit) => !isHeaderUnit(unit));
  const units = transUnits.map((unit): ParsedUnit => {
    const targetElement = childElements(unit, "target")[0];
    const tags = inlineTagReader("xliff12");
    const source = tags.read(childElements(unit, "source")[0]);
    const target = tags.read(targetElement);
    const { status, isImplied } = fromXliff12State(attr(targetElement, "state"), attr(unit, "approved"), target);
    return {
      id: attr(unit, "id"),
      kind: kindOf(unit.getAttribute("resname")),
      source,
      target,
      status,
      isStatusImplied: isImplied,
      ...versionOf(XLIFF12_VERSION_DATA.exec(attr(unit, "extradata"))?.[1]),
      ...tagsOf(tags),
    };
  });
  const langs = xliff1Langs({ sourceLang: attr(file, "source-language"), targetLang: attr(file, "target-language") }, units.map((unit) => unit.source));
  return { format: "xliff12", title: attr(file, "original"), ...langs, units };
}

function readXliff20(doc: XmlDocument): ParsedBilingual {
  const root = doc.documentElement;
  const units = (Array.from(doc.getElementsByTagNameNS("*", "unit")) as XmlElement[]).map((unit): ParsedUnit => {
    // A unit may hold several segments: they are one paragraph here, joined in order.
    const segments = childElements(unit, "segment");
    const tags = inlineTagReader("xliff20");
    const source = segments.map((segment) => tags.read(childElements(segment, "source")[0])).join("");
    const target = segments.map((segment) => tags.read(childElements(segment, "target")[0])).join("");
    const { status, isImplied } = fromXliff20State(attr(segments[0], "state"), target);
    return {
      id: attr(unit, "id"),
      kind: kindOf(unit.getAttribute("name")),
      source,
      target,
      status,
      isStatusImplied: isImplied,
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

/**
 * Reads a TMX 1.4, XLIFF 1.0–1.2 or XLIFF 2.x file. Refuses (DomainError) files over MAX_BILINGUAL_BYTES,
 * malformed XML, other XML, a pair other than Chinese → English, no units or too many. A target that
 * only repeats its source is read as no target.
 */
export function parseBilingual(text: string): ParsedBilingual {
  checkBilingualSize(new TextEncoder().encode(text).length);
  const doc = parseXml(text);
  const root = doc.documentElement;
  const version = root.getAttribute("version") ?? "";
  let parsed: ParsedBilingual;
  if (root.localName === "tmx") parsed = readTmx(doc);
  else if (root.localName === "xliff" && isXliff1Version(version)) parsed = readXliff12(doc);
  else if (root.localName === "xliff" && /^2\.\d$/.test(version)) parsed = readXliff20(doc);
  else throw new DomainError("UNSUPPORTED_FORMAT", { name: root.localName });
  if (!isSupportedLangPair(parsed.sourceLang, parsed.targetLang || "en")) {
    throw new DomainError("WRONG_LANGUAGE_PAIR", { source: parsed.sourceLang || "?", target: parsed.targetLang || "?" });
  }
  if (parsed.units.length === 0 || parsed.units.every((unit) => unit.source.trim() === "")) throw new DomainError("EMPTY_SOURCE");
  if (parsed.units.length > MAX_PARAGRAPHS) throw new DomainError("TOO_MANY_PARAGRAPHS", { limit: MAX_PARAGRAPHS });
  return { ...parsed, units: parsed.units.map(dropSourceCopy) };
}
