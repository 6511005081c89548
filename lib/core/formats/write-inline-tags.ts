import { TAG_CHAR, tagOf, type TagKind } from "./inline-tag-chars";
import { WRAPPERS, type InlineTag, type InlineTagFormat } from "./inline-tags";
import { xmlText } from "./xml";
import { el, type XmlOut } from "./xml-writer";

type Child = XmlOut | string;

// The generic tags of each format, for a tag from another format or without stored markup; `paired`
// says whether its partner is in the same text (else an isolated form, still valid).
function genericTag(format: InlineTagFormat, kind: TagKind, n: number, paired: boolean): XmlOut {
  const id = `t${n}`;
  if (format === "xliff12") {
    if (kind === "standalone") return el("x", { id });
    return kind === "open" ? el("bx", { id: `b${n}`, rid: id }) : el("ex", { id: `e${n}`, rid: id });
  }
  if (format === "xliff20") {
    if (kind === "standalone") return el("ph", { id });
    if (kind === "open") return el("sc", { id, isolated: paired ? undefined : "yes" });
    return paired ? el("ec", { startRef: id }) : el("ec", { id: `e${n}`, isolated: "yes" });
  }
  if (kind === "standalone") return el("ph", { x: String(n) });
  if (!paired) return el("it", { pos: kind === "open" ? "begin" : "end", x: String(n) });
  return el(kind === "open" ? "bpt" : "ept", { i: String(n) });
}

// Wrapper pairs (<g>, <pc>, <hi>) written as elements around their text when they nest properly in this
// text; the others as two tags.
function nestedPairs(chars: string[], wrappers: Set<string>): Set<number> {
  const nested = new Set<number>();
  const stack: number[] = [];
  for (const char of chars) {
    const tag = tagOf(char);
    if (!tag || !wrappers.has(char)) continue;
    if (tag.kind === "open") stack.push(tag.n);
    else if (stack.at(-1) === tag.n) nested.add(stack.pop()!);
    else if (stack.includes(tag.n)) stack.splice(stack.indexOf(tag.n));
  }
  return nested;
}

// Mixed content is appended as is: el() would indent element-only content, which changes the text.
function inline(name: string, attrs: Record<string, string | undefined>, children: Child[]): XmlOut {
  const element = el(name, attrs);
  for (const child of children) element.appendChild(typeof child === "string" ? xmlText(child) : child);
  return element;
}

/**
 * A <source>, <target> or <seg> element holding a text: plain text, and each tag character as the tag
 * it came from when it came from this format, else as the format's generic tag.
 */
export function inlineElement(name: string, attrs: Record<string, string | undefined>, format: InlineTagFormat, text: string, tags?: readonly InlineTag[]): XmlOut {
  return inline(name, attrs, inlineChildren(format, text, tags ?? []));
}

function inlineChildren(format: InlineTagFormat, text: string, tags: readonly InlineTag[]): Child[] {
  const chars = text.match(TAG_CHAR);
  if (!chars) return text === "" ? [] : [text];
  const own = new Map(tags.filter((tag) => tag.format === format).map((tag) => [tag.char, tag]));
  const wrapperChars = new Set([...own.values()].filter((tag) => tag.name === WRAPPERS[format] && tag.kind !== "standalone").map((tag) => tag.char));
  const nested = nestedPairs(chars, wrapperChars);
  const present = new Set(chars);
  const root: Child[] = [];
  const stack: { n: number; children: Child[] }[] = [];
  const out = () => stack.at(-1)?.children ?? root;
  let run = "";
  const flush = () => {
    if (run) out().push(run);
    run = "";
  };
  for (const char of text) {
    const tag = tagOf(char);
    if (!tag || !present.has(char)) {
      run += char;
      continue;
    }
    flush();
    const stored = own.get(char);
    if (stored && nested.has(tag.n) && wrapperChars.has(char)) {
      if (tag.kind === "open") stack.push({ n: tag.n, children: [] });
      else {
        const { children } = stack.pop()!;
        out().push(inline(stored.name, stored.attrs, children));
      }
      continue;
    }
    const partner = tag.kind === "open" ? char.charCodeAt(0) + 0x400 : tag.kind === "close" ? char.charCodeAt(0) - 0x400 : 0;
    const paired = tag.kind === "standalone" || present.has(String.fromCharCode(partner));
    const isWrapper = stored !== undefined && wrapperChars.has(char);
    out().push(stored && !isWrapper ? inline(stored.name, stored.attrs, stored.text ? [stored.text] : []) : genericTag(format, tag.kind, tag.n, paired));
  }
  flush();
  return root;
}
