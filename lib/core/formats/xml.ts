import { DOMParser, type DOMImplementation } from "@xmldom/xmldom";
import { DomainError } from "../errors";

// XML is parsed by @xmldom/xmldom with every warning treated as an error, so a damaged file is refused
// instead of half-read; xmldom expands no external or user-defined entities (no XXE, no entity bombs).
// Exports write XML without a DOM: xml-writer.ts.

export type XmlDocument = ReturnType<DOMImplementation["createDocument"]>;
export type XmlElement = Element;

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and lone surrogates.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML 1.0: forbidden control characters removed, CR LF and CR become LF (a parser would fold them anyway). */
export function xmlText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML_CHAR, "");
}

/** Parses XML strictly; anything not well-formed throws MALFORMED_XML. */
export function parseXml(text: string): XmlDocument {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const parser = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } });
  let doc: XmlDocument | undefined;
  try {
    doc = parser.parseFromString(text.replace(/^\uFEFF/, ""), "text/xml");
  } catch {
    throw new DomainError("MALFORMED_XML");
  }
  if (problems.length > 0 || !doc?.documentElement) throw new DomainError("MALFORMED_XML");
  return doc;
}

/** Child elements of an element with the given local name, in order. */
export function childElements(parent: XmlElement, localName: string): XmlElement[] {
  return (Array.from(parent.childNodes) as XmlElement[]).filter((node) => node.nodeType === 1 && node.localName === localName);
}

/** The first descendant element with the given local name. */
export function firstElement(parent: XmlElement | XmlDocument, localName: string): XmlElement | undefined {
  return (Array.from(parent.getElementsByTagNameNS("*", localName)) as XmlElement[])[0];
}

/** An element's text with inline markup flattened to its text. */
export function textOf(element: XmlElement | undefined): string {
  return element?.textContent ?? "";
}
