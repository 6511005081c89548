// Hostile or broken HTML can nest elements tens of thousands deep. Building such a tree is slow
// (linkedom needs time quadratic in the depth) and Readability recurses through it, so before parsing we
// estimate the depth from the tags alone, and past a limit rewrite the page as flat tag soup: every
// block tag becomes <p>, <title> stays, every other tag disappears, and code, comments and styles are
// cut out.
// Both passes are linear in the length of the page.

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;

// Elements that never nest (void) or that the parser closes by itself when the next one starts.
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
  "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot",
]);

const RAW_TEXT = new Set(["script", "style", "noscript", "template", "textarea", "svg", "math", "iframe", "object"]);

const BLOCK = new Set([
  "address", "article", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
]);

/** Estimates how deep elements nest from the tags alone (stops counting at limit). */
export function estimateNesting(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2].toLowerCase();
    if (NOT_NESTING.has(name) || match[0].endsWith("/>")) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest >= limit) break;
  }
  return deepest;
}

/** The index just past the end of a raw-text element or comment that starts before `from`, or the end. */
function endOf(html: string, from: number, closing: RegExp): number {
  closing.lastIndex = from;
  const found = closing.exec(html);
  return found ? found.index + found[0].length : html.length;
}

/** Rewrites HTML without nesting: block tags become <p>, other tags and raw-text elements are removed. */
export function flattenHtml(html: string): string {
  const out: string[] = [];
  const token = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;
  let last = 0;
  let isAfterBreak = false; // so that a run of block tags without text between gives one <p>
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const between = html.slice(last, match.index);
    out.push(between);
    if (between.trim()) isAfterBreak = false;
    const name = match[2]?.toLowerCase();
    if (match[0] === "<!--") {
      token.lastIndex = endOf(html, token.lastIndex, /-->/g);
    } else if (!match[1] && RAW_TEXT.has(name)) {
      token.lastIndex = endOf(html, token.lastIndex, new RegExp(`</${name}\\s*>`, "gi"));
    } else if (name === "br") {
      out.push("<br>");
    } else if (BLOCK.has(name) && !isAfterBreak) {
      out.push("<p>");
      isAfterBreak = true;
    } else if (name === "title") {
      out.push(match[1] ? "</title>" : "<title>"); // kept: the parser reads its content as plain text
    }
    last = token.lastIndex;
  }
  out.push(html.slice(last));
  return out.join("");
}
