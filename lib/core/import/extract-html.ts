import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blockParagraphs, isHiddenElement, nestingDepth } from "./block-paragraphs";
import { estimateNesting, flattenHtml } from "./flatten-html";
import { forumPostBodies, isTextForm, removeForumFurniture, revealScriptHidden, unwrap } from "./page-furniture";

export type ExtractedHtml = { title: string; text: string };

// Past this estimated depth the page is flattened before parsing (see flatten-html.ts).
const MAX_PARSED_NESTING = 2000;
// Readability's time grows steeply with depth (about 80 ms at 100 levels, seconds at 400); real pages,
// even nested forum tables, stay well below this.
const MAX_READABILITY_NESTING = 100;
// A Readability article with less text than this (code points, whitespace excluded) is not an article.
const MIN_ARTICLE_CHARS = 30;
// Readability's default (500 characters) is written for English; Chinese says as much in far fewer.
const READABILITY_CHAR_THRESHOLD = 100;

// Site chrome: removed before extraction, except inside the article itself (its own header keeps the
// headline and byline).
const CHROME = "nav, aside, form, header, footer";

const squash = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, " ").trim();
const visibleLength = (text: string) => [...text.replace(/\s+/g, "")].length;

function removeInvisible(document: Document): void {
  for (const element of [...document.querySelectorAll("script, style, noscript, template, [hidden], [style], [class], [aria-hidden]")]) {
    const isCode = ["script", "style", "noscript", "template"].includes(element.localName.toLowerCase());
    if (isCode || isHiddenElement(element)) element.remove();
  }
}

function removeChrome(document: Document): void {
  removeForumFurniture(document);
  for (const element of [...document.querySelectorAll(CHROME)]) {
    if (element.parentElement?.closest("article, main")) continue;
    if (element.localName.toLowerCase() === "form" && isTextForm(element)) unwrap(element);
    else element.remove();
  }
}

/** The page's headline: the first h1/h2 that starts the <title> (or the only h1 when there is no title). */
function findHeadline(document: Document, pageTitle: string): string | null {
  const headings = [...document.querySelectorAll("h1, h2")].map((h) => blockParagraphs(h).join(" ")).filter(Boolean);
  const matching = headings.find((h) => pageTitle.startsWith(h));
  if (matching) return matching;
  const h1s = [...document.querySelectorAll("h1")];
  return !pageTitle && h1s.length === 1 ? blockParagraphs(h1s[0]).join(" ") || null : null;
}

type Article = { paragraphs: string[]; title: string; byline: string };

function readArticle(document: Document): Article | null {
  if (!document.body || nestingDepth(document.body, MAX_READABILITY_NESTING + 1) > MAX_READABILITY_NESTING) return null;
  let article;
  try {
    article = new Readability(document, { charThreshold: READABILITY_CHAR_THRESHOLD, serializer: (node) => node }).parse();
  } catch {
    // Readability recurses, and linkedom spreads child lists into arguments: a page with hundreds of
    // thousands of nodes can overflow the stack. Such a page is read from its body instead.
    return null;
  }
  if (!article?.content) return null;
  const paragraphs = blockParagraphs(article.content);
  if (visibleLength(paragraphs.join("")) < MIN_ARTICLE_CHARS) return null;
  return { paragraphs, title: squash(article.title ?? ""), byline: (article.byline ?? "").trim() };
}

/**
 * Parses a page into a document that has a body. linkedom builds the tree as written, without HTML's
 * repairs, so a fragment or a page without <body> is wrapped first, and a page nested too deep is
 * flattened (see flatten-html.ts).
 */
function parse(html: string): { document: Document; isFlattened: boolean } {
  const wrap = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
  if (estimateNesting(html, MAX_PARSED_NESTING) >= MAX_PARSED_NESTING) {
    return { document: parseHTML(wrap(flattenHtml(html))).document, isFlattened: true };
  }
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : wrap(html));
  const isComplete = document.documentElement?.localName === "html";
  return { document: isComplete ? document : parseHTML(wrap(html)).document, isFlattened: false };
}

/**
 * Readability returns the article body without its headline and byline; a translator translates them
 * too. The headline opens the text; the byline follows it if the page shows it as a paragraph of its
 * own (Readability may take it from metadata the reader never sees).
 */
function withOpening(paragraphs: string[], headline: string | null, byline: string | undefined, shown: string[]): string[] {
  const result = headline && !paragraphs.slice(0, 3).includes(headline) ? [headline, ...paragraphs] : [...paragraphs];
  const isShown = byline && shown.some((p) => squash(p) === squash(byline));
  if (byline && isShown && !result.slice(0, 4).some((p) => squash(p) === squash(byline))) {
    result.splice(headline ? result.indexOf(headline) + 1 : 0, 0, byline);
  }
  return result;
}

/**
 * The readable text of an HTML page: its article (Readability) or, when none is found, the visible text
 * of its body, one paragraph per block, paragraphs separated by "\n\n"; and its title. Headline and
 * byline open the text when the page shows them. Nothing in the page is ever run or loaded.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document, isFlattened } = parse(html);
  const pageTitle = squash(document.querySelector("title")?.textContent ?? "");
  revealScriptHidden(document);
  removeInvisible(document);
  const headline = findHeadline(document, pageTitle);
  const firstH1 = squash(document.querySelector("h1")?.textContent ?? "");
  removeChrome(document);
  // Readability takes the article out of the document, so the fallback is read first.
  const bodyText = document.body ? blockParagraphs(document.body) : [];
  const posts = forumPostBodies(document);
  const article = isFlattened ? null : posts.length > 0 ? { paragraphs: posts.flatMap(blockParagraphs), title: "", byline: "" } : readArticle(document);
  const paragraphs = withOpening(article ? article.paragraphs : bodyText, headline, article?.byline, bodyText);
  const title = headline || article?.title || pageTitle || firstH1;
  return { title, text: paragraphs.join("\n\n") };
}
