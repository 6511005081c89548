// Turns a DOM subtree into paragraphs of plain text, the way a reader sees it: one paragraph per block
// element, <br> as a line break inside its paragraph, invisible and interactive parts left out.

const BLOCK_ELEMENTS = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul",
]);

/** Never text a reader reads: code, metadata, embedded objects, controls, site navigation. */
const SKIPPED_ELEMENTS = new Set([
  "applet", "aside", "audio", "button", "canvas", "datalist", "embed", "form", "frame", "frameset", "head",
  "iframe", "input", "link", "map", "math", "menu", "meta", "nav", "noscript", "object", "option", "script",
  "select", "style", "svg", "template", "textarea", "title", "video",
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// Discuz forums hide anti-copy noise in <font class="jammer"> and <span style="display:none">.
const HIDDEN_CLASS = /(?:^|\s)jammer(?:\s|$)/i;

// A <br> inside a paragraph; kept through whitespace collapsing, then written as "\n".
const LINE_BREAK = "\u2028";
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;
const ASCII_SPACE_RUN = /[ \t\n\r\f\u00a0]+/g;
const LINE_EDGE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** True for elements whose content is never shown: hidden, styled away, or anti-copy noise. */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  return HIDDEN_STYLE.test(element.getAttribute("style") ?? "") || HIDDEN_CLASS.test(element.getAttribute("class") ?? "");
}

function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.localName.toLowerCase()) || isHiddenElement(element);
}

/**
 * Collapses HTML whitespace: a run becomes one space, or nothing when it holds a line break between two
 * Chinese characters (a source line break inside Chinese text is not a space; CSS Text 3 does the same).
 */
function collapse(text: string): string {
  return text.replace(ASCII_SPACE_RUN, (run, offset: number, whole: string) => {
    const hasNewline = /[\n\r]/.test(run);
    const before = whole.slice(Math.max(0, offset - 2), offset);
    const after = whole.slice(offset + run.length, offset + run.length + 2);
    const isBetweenWide = WIDE.test([...before].pop() ?? "") && WIDE.test([...after][0] ?? "");
    return hasNewline && isBetweenWide ? "" : " ";
  });
}

function normalizeParagraph(text: string, isPreformatted: boolean): string {
  const lines = isPreformatted ? text.split(/\r\n|\r|\n|\u2028/) : collapse(text).split(LINE_BREAK);
  return lines
    .map((line) => line.replace(LINE_EDGE, ""))
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * Visits the nodes under root in document order, without recursion (parent and sibling links), so that
 * hostile nesting cannot overflow the stack. `enter` returns false to skip a node's children; `leave`
 * is called for every node entered.
 */
function walk(root: Node, enter: (node: Node) => boolean, leave: (node: Node) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const isEntered = enter(node);
    if (isEntered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (isEntered) leave(node);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root) leave(node);
    }
    node = node === root ? null : node.nextSibling;
  }
}

/** The visible text under root, as paragraphs (a paragraph may hold "\n" line breaks from <br>). */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let preDepth = 0;
  const flush = () => {
    const paragraph = normalizeParagraph(current, preDepth > 0);
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? "";
    if (node.nodeType !== ELEMENT_NODE || isSkipped(node as Element)) return false;
    const name = (node as Element).localName.toLowerCase();
    if (name === "br") current += preDepth > 0 ? "\n" : LINE_BREAK;
    if (BLOCK_ELEMENTS.has(name)) flush();
    if (name === "pre") preDepth++;
    return true;
  };
  const leave = (node: Node) => {
    const name = (node as Element).localName.toLowerCase();
    if (BLOCK_ELEMENTS.has(name)) flush();
    if (name === "pre") preDepth--;
  };
  walk(root, enter, leave);
  flush();
  return paragraphs;
}

/** How deep elements nest under root, counting no further than limit. */
export function nestingDepth(root: Node, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const enter = (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE || depth >= limit) return false;
    deepest = Math.max(deepest, ++depth);
    return true;
  };
  walk(root, enter, () => depth--);
  return deepest;
}
