import { DOMImplementation, DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { DomainError } from "../errors";

// XML is built as a DOM and serialized by @xmldom/xmldom, which escapes text and attributes; it is
// parsed by the same library with every warning treated as an error, so a damaged file is refused
// instead of half-read. xmldom expands no external or user-defined entities (no XXE, no entity bombs).

export type XmlDocument = ReturnType<DOMImplementation["createDocument"]>;
export type XmlElement = Element;
type Child = XmlElement | string | null | undefined | false;

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and lone surrogates.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML 1.0: forbidden control characters removed, CR LF and CR become LF (a parser would fold them anyway). */
export function xmlText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML_CHAR, "");
}

/** A new XML document with the given root element (namespaced when ns is given) and optional SYSTEM doctype. */
export function createXmlDocument(root: string, options: { ns?: string; systemId?: string } = {}): XmlDocument {
  const impl = new DOMImplementation();
  // xmldom writes the system id as given, so it carries its own quotes.
  const doctype = options.systemId ? impl.createDocumentType(root, "", `"${options.systemId}"`) : null;
  const doc = impl.createDocument(options.ns ?? null, root, doctype);
  if (options.ns) doc.documentElement.setAttribute("xmlns", options.ns);
  return doc;
}

/**
 * An element with attributes (xml:lang and xml:space go in the XML namespace; undefined ones are left
 * out) and children. A prefixed name ("mda:meta") takes the namespace the root declares for its prefix.
 */
export function el(doc: XmlDocument, name: string, attributes: Record<string, string | undefined> = {}, children: Child[] = []): XmlElement {
  const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
  const ns = prefix ? doc.documentElement.getAttribute(`xmlns:${prefix}`) : (doc.documentElement?.namespaceURI ?? null);
  const element = ns ? doc.createElementNS(ns, name) : doc.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (key.startsWith("xml:")) element.setAttributeNS(XML_NS, key, xmlText(value));
    else element.setAttribute(key, xmlText(value));
  }
  const kept = children.filter((child): child is XmlElement | string => child !== null && child !== undefined && child !== false && child !== "");
  // Element-only content gets placeholder line breaks now (appending is cheap in xmldom; inserting
  // later rebuilds the child list each time); serializeXml sets their indentation.
  const isBlock = kept.length > 0 && kept.every((child) => typeof child !== "string");
  for (const child of kept) {
    if (isBlock) element.appendChild(pad(doc, element, false));
    element.appendChild(typeof child === "string" ? doc.createTextNode(xmlText(child)) : child);
  }
  if (isBlock) element.appendChild(pad(doc, element, true));
  return element;
}

/** A placeholder line break inside an element: before a child, or closing (before the end tag). */
type Pad = { node: Text; parent: XmlElement; isClosing: boolean };

const padsOf = new WeakMap<XmlDocument, Pad[]>();

function pad(doc: XmlDocument, parent: XmlElement, isClosing: boolean): Text {
  const node = doc.createTextNode("\n");
  const pads = padsOf.get(doc) ?? [];
  if (pads.length === 0) padsOf.set(doc, pads);
  pads.push({ node, parent, isClosing });
  return node;
}

// Indents every placeholder by its element's depth. The root alone is given its children one by
// one, so its line breaks are inserted here.
function indent(doc: XmlDocument): void {
  const root = doc.documentElement;
  const children = Array.from(root.childNodes);
  if (children.length > 0 && children.every((node) => node.nodeType === 1)) {
    for (const child of children) root.insertBefore(pad(doc, root, false), child);
    root.appendChild(pad(doc, root, true));
  }
  const depths = new Map<Node, number>([[root, 0]]);
  const depthOf = (element: Node): number => {
    let depth = depths.get(element);
    if (depth === undefined) {
      depth = element.parentNode ? depthOf(element.parentNode) + 1 : 0;
      depths.set(element, depth);
    }
    return depth;
  };
  for (const { node, parent, isClosing } of padsOf.get(doc) ?? []) {
    const text = "\n" + "  ".repeat(depthOf(parent) + (isClosing ? 0 : 1));
    node.data = text;
    node.nodeValue = text;
  }
}

/** The document as UTF-8 XML text with declaration, doctype on its own line, and two-space indentation. */
export function serializeXml(doc: XmlDocument): string {
  indent(doc);
  const serializer = new XMLSerializer();
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (doc.doctype) parts.push(serializer.serializeToString(doc.doctype));
  parts.push(serializer.serializeToString(doc.documentElement));
  return parts.join("\n") + "\n";
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
