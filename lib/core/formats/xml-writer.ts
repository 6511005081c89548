import { xmlText } from "./xml";

// XML is written from a light tree of elements and strings, serialized into text with escaping;
// no DOM: building 10,000 units as xmldom nodes spent most of an export's time in the garbage
// collector. The output is the one xmldom wrote before (the golden files pin it): attributes in the
// order set, `/>` for an empty element, two-space indentation for element-only content.

type Child = XmlOut | string;

export class XmlOut {
  readonly attributes: [string, string][] = [];
  readonly children: Child[] = [];
  /** Element-only content built by el(): written one child per line, indented. */
  isBlock = false;

  constructor(readonly name: string) {}

  setAttribute(name: string, value: string): void {
    const at = this.attributes.findIndex(([key]) => key === name);
    if (at >= 0) this.attributes[at] = [name, value];
    else this.attributes.push([name, value]);
  }

  getAttribute(name: string): string | null {
    return this.attributes.find(([key]) => key === name)?.[1] ?? null;
  }

  appendChild<T extends Child>(child: T): T {
    this.children.push(child);
    return child;
  }
}

export type XmlOutDocument = { documentElement: XmlOut; doctype: string | null };

/** A new XML document with the given root element (declaring the namespace when ns is given) and optional SYSTEM doctype. */
export function createXmlDocument(root: string, options: { ns?: string; systemId?: string } = {}): XmlOutDocument {
  const element = new XmlOut(root);
  if (options.ns) element.setAttribute("xmlns", options.ns);
  return { documentElement: element, doctype: options.systemId ? `<!DOCTYPE ${root} SYSTEM "${options.systemId}">` : null };
}

/** An element with attributes (undefined ones are left out) and children; "", null and false children are skipped. */
export function el(name: string, attributes: Record<string, string | undefined> = {}, children: (Child | null | undefined | false)[] = []): XmlOut {
  const element = new XmlOut(name);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(key, xmlText(value));
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === "") continue;
    element.children.push(typeof child === "string" ? xmlText(child) : child);
  }
  element.isBlock = element.children.length > 0 && element.children.every((child) => typeof child !== "string");
  return element;
}

const TEXT_ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
const escapeText = (text: string) => (/[<&>]/.test(text) ? text.replace(/[<&>]/g, (c) => TEXT_ESCAPES[c]) : text);
const ATTRIBUTE_ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
const escapeAttribute = (value: string) => (/[<>&"\t\n\r]/.test(value) ? value.replace(/[<>&"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]) : value);

const indents: string[] = [];
/** A line break and `depth` levels of two-space indentation. */
const newLine = (depth: number) => (indents[depth] ??= "\n" + "  ".repeat(depth));

/** Appends the element's text to `out`: one array joined once, not nested concatenations (10,000 units' worth of ropes kept the collector busy). */
function write(element: XmlOut, depth: number, isBlock: boolean, out: string[]): void {
  let open = "<" + element.name;
  for (const [name, value] of element.attributes) open += " " + name + '="' + escapeAttribute(value) + '"';
  if (element.children.length === 0) {
    out.push(open + "/>");
    return;
  }
  out.push(open + ">");
  for (const child of element.children) {
    if (isBlock) out.push(newLine(depth + 1));
    if (typeof child === "string") out.push(escapeText(child));
    else write(child, depth + 1, child.isBlock, out);
  }
  if (isBlock) out.push(newLine(depth));
  out.push("</" + element.name + ">");
}

/** The document as UTF-8 XML text with declaration, doctype on its own line, and two-space indentation. */
export function serializeXml(doc: XmlOutDocument): string {
  const root = doc.documentElement;
  // The root is given its children one by one (not through el()): element-only content is indented too.
  const isBlock = root.children.length > 0 && root.children.every((child) => typeof child !== "string");
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n' + (doc.doctype ? doc.doctype + "\n" : "")];
  write(root, 0, isBlock, out);
  out.push("\n");
  return out.join("");
}
