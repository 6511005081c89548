import { MAX_INLINE_TAGS, tagChar, type TagKind } from "./inline-tag-chars";
import { WRAPPERS, type InlineTag, type InlineTagFormat } from "./inline-tags";
import type { XmlElement } from "./xml";

// Which element is which kind of tag, and what pairs it with its partner (or, standalone, with its
// copy in the other language): an id, else its place among the tags of its name.
type Role = { kind: TagKind; key: string | null } | "wrap" | "text";

function roleOf(format: InlineTagFormat, element: XmlElement): Role {
  const name = element.localName;
  const get = (attr: string) => element.getAttribute(attr) || null;
  if (name === WRAPPERS[format]) return "wrap";
  if (format === "xliff12") {
    if (name === "x" || name === "ph" || name === "it") return { kind: "standalone", key: get("id") };
    if (name === "bx" || name === "bpt") return { kind: "open", key: get("rid") ?? get("id") };
    if (name === "ex" || name === "ept") return { kind: "close", key: get("rid") ?? get("id") };
  } else if (format === "xliff20") {
    if (name === "ph") return { kind: "standalone", key: get("id") };
    if (name === "sc") return { kind: "open", key: get("id") };
    if (name === "ec") return { kind: "close", key: get("startRef") ?? get("id") };
  } else {
    if (name === "ph" || name === "it" || name === "ut") return { kind: "standalone", key: get("x") };
    if (name === "bpt") return { kind: "open", key: get("i") };
    if (name === "ept") return { kind: "close", key: get("i") };
  }
  return "text";
}

// Namespace declarations and attributes of other vocabularies are not kept (they would need their prefix declared).
function attrsOf(element: XmlElement): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.startsWith("xmlns") || (attr.name.includes(":") && !attr.name.startsWith("xml:"))) continue;
    attrs[attr.name] = attr.value;
  }
  return attrs;
}

export type InlineTagReader = {
  /** The element's text with each inline tag as its character (the same character for the same tag in source and target). */
  read: (element: XmlElement | undefined) => string;
  /** Every tag met so far, in order of first appearance. */
  tags: InlineTag[];
};

/** A reader for one unit's source and target: tags that match (by id, else by order) share a character. */
export function inlineTagReader(format: InlineTagFormat): InlineTagReader {
  const numbers = new Map<string, number>();
  const tags: InlineTag[] = [];
  const known = new Set<string>();
  const numberOf = (key: string) => {
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size + 1));
    return n;
  };
  const read = (root: XmlElement | undefined): string => {
    if (!root) return "";
    const counts = new Map<string, number>();
    const place = (name: string) => {
      const k = (counts.get(name) ?? 0) + 1;
      counts.set(name, k);
      return `${name}#${k}`;
    };
    const charFor = (kind: TagKind, key: string, element: XmlElement, text: string): string | null => {
      const n = numberOf(key);
      if (n > MAX_INLINE_TAGS) return null;
      const char = tagChar(kind, n);
      if (!known.has(char)) {
        known.add(char);
        tags.push({ char, kind, format, name: element.localName, attrs: attrsOf(element), text });
      }
      return char;
    };
    const walk = (node: XmlElement): string => {
      let out = "";
      for (const child of Array.from(node.childNodes) as XmlElement[]) {
        if (child.nodeType === 3 || child.nodeType === 4) {
          out += child.nodeValue ?? "";
          continue;
        }
        if (child.nodeType !== 1) continue;
        if (format === "xliff20" && child.localName === "cp") {
          const code = parseInt(child.getAttribute("hex") ?? "", 16);
          out += Number.isFinite(code) ? String.fromCodePoint(code) : "";
          continue;
        }
        const role = roleOf(format, child);
        if (role === "text") {
          out += walk(child);
        } else if (role === "wrap") {
          const key = `pair:${child.getAttribute("id") ?? child.getAttribute("x") ?? place(child.localName)}`;
          const open = charFor("open", key, child, "");
          const close = open && charFor("close", key, child, "");
          out += open && close ? open + walk(child) + close : walk(child);
        } else {
          const id = role.key ?? place(`${role.kind}:${child.localName}`);
          const char = charFor(role.kind, role.kind === "standalone" ? `one:${id}` : `pair:${id}`, child, child.textContent ?? "");
          out += char ?? child.textContent ?? "";
        }
      }
      return out;
    };
    return walk(root);
  };
  return { read, tags };
}
