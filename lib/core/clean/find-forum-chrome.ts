import { isCameraName } from "./chrome/camera-names";
import { ANY_TEMPLATE, NAME_TEMPLATES, TEMPLATES, TOKEN } from "./chrome/vocabularies";
import type { Edit, RuleFinder } from "./types";
import { hasHan } from "../text/char-classes";

// `NAME.jpg (1.56 MB, 下載次數: 156)`: the name is the author's caption, the rest is chrome.
const ATTACHMENT =
  /^(.*?)(\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?)\s*[(（]\s*\d+(?:\.\d+)?\s*(?:[KMG]?B|[KMG])\s*(?:[,，]\s*(?:下[载載]次[数數]|下[载載])\s*[:：]\s*\d+\s*)?(?:[,，][^)）]{0,20})?[)）])$/iu;
// A bare camera file name, as an attachment block prints it above or below its size line.
const CAMERA_FILE = /^(.+)\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?)$/iu;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?)\b/iu;
const CLOSE_BUTTON = /^[x×✕]$/u;
const SEPARATORS = /[\s|｜·•/]+/uy;
// Counts between buttons (`分享 收藏 172 在看`): allowed in a line of tokens, not tokens themselves.
const COUNT = /\d{1,7}(?:\.\d+)?[万wWkK]?\+?/uy;
// Discuz! cuts a quoted post short with `...`.
const QUOTED_TAIL = /(?:\.\.\.|…)$/u;
const MAX_QUOTED_TAIL = 80;
// A user's name on its own line above a post's header or footer (Tieba prints one above every floor).
const NAME_LIKE = /^[\w\u3400-\u9fff·.-]{2,16}$/u;
const LATIN_NAME = /[A-Za-z0-9_]/;
const MIN_NAMED_POSTS = 2;
const POST_FURNITURE = new Set(["post header", "post footer", "quote header", "toolbar", "author panel"]);
// A signature under a post, as a text copy shows it: a rule line the user wrote (`----`, `————`, `____`),
// then a line or two, then the post's buttons.
const SIGNATURE_RULE = /^(?:-{4,}|—{3,}|_{4,}|={4,}|~{4,})$/u;
const MAX_SIGNATURE_LINES = 3;
const MAX_SIGNATURE_LINE = 60;
const MAX_TOKEN_LINE = 60;
// Longer than any chrome line: a paragraph of text.
const MAX_CHROME_LINE = 120;

/** template: chrome on its own; weak: chrome only among other chrome; caption: an attachment's name. */
type LineClass = { kind: "template" | "weak"; detail: string } | { kind: "caption"; nameEnd: number } | null;

/** Whether a line is made only of chrome tokens: "strong" (or two or more weak ones), "weak" (one), or null. */
function tokenLine(line: string): "strong" | "weak" | null {
  if (line.length > MAX_TOKEN_LINE) return null;
  let at = 0;
  let strong = false;
  let count = 0;
  while (at < line.length) {
    SEPARATORS.lastIndex = at;
    if (SEPARATORS.test(line)) at = SEPARATORS.lastIndex;
    if (at >= line.length) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(line);
    if (!m || m[0].length === 0) {
      COUNT.lastIndex = at;
      if (!COUNT.test(line)) return null;
      at = COUNT.lastIndex;
      continue;
    }
    if (m[1] !== undefined) strong = true;
    count++;
    at = TOKEN.lastIndex;
  }
  if (count === 0) return null;
  return strong || count > 1 ? "strong" : "weak";
}

function classify(line: string): LineClass {
  if (line === "" || line.length > MAX_CHROME_LINE) return null;
  const template = ANY_TEMPLATE.test(line) ? TEMPLATES.find(({ pattern }) => pattern.test(line)) : undefined;
  if (template) return { kind: "template", detail: template.detail };
  const isImage = IMAGE_EXTENSION.test(line);
  const attachment = isImage ? ATTACHMENT.exec(line) : null;
  if (attachment) {
    const name = attachment[1].trim();
    if (hasHan(name) && !isCameraName(name)) return { kind: "caption", nameEnd: attachment[1].length };
    return { kind: "template", detail: "attachment" };
  }
  const file = isImage ? CAMERA_FILE.exec(line) : null;
  if (file && isCameraName(file[1])) return { kind: "weak", detail: "attachment" };
  const tokens = tokenLine(line);
  if (tokens === "strong") return { kind: "template", detail: "toolbar" };
  if (tokens === "weak") return { kind: "weak", detail: "toolbar" };
  return null;
}

function isQuoteHeader(c: LineClass | undefined): boolean {
  return c?.kind === "template" && (c.detail === "post header" || c.detail === "quote header");
}

function isPostFurniture(c: LineClass | undefined): boolean {
  return c != null && c.kind !== "caption" && POST_FURNITURE.has(c.detail);
}

type Line = { start: number; end: number; text: string; trimmed: string; class: LineClass };

/** Lines of signatures: a rule line, at most three short lines, and chrome right after them (never the end). */
function signatureLines(lines: Line[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].class !== null || !SIGNATURE_RULE.test(lines[i].trimmed)) continue;
    const block = [i];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const { trimmed, class: c } = lines[j];
      if (trimmed === "") continue;
      if (c !== null || block.length > MAX_SIGNATURE_LINES || trimmed.length > MAX_SIGNATURE_LINE) break;
      block.push(j);
    }
    const after = lines[j]?.class;
    if (after && after.kind !== "caption" && block.length <= MAX_SIGNATURE_LINES + 1) for (const k of block) found.add(k);
  }
  return found;
}

/**
 * Forum and platform chrome (Discuz!, phpwind, Tieba, WeChat articles, news portals; see ./chrome): a line
 * goes when it has a platform template's exact shape, or is made only of chrome words and stands among
 * other chrome lines; such a word line on its own is only offered for removal. A line that starts with a
 * chrome word and goes on as prose stays. An attachment's own name stays as a caption; a camera's does not.
 */
export const findForumChrome: RuleFinder = (text) => {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const end = Math.min(offset + line.length + 1, text.length); // with its line break
    const trimmed = line.trim();
    lines.push({ start: offset, end, text: line, trimmed, class: classify(trimmed) });
    offset = end;
  }
  // Users named by the page's own post headers: a line holding only such a name is part of the header.
  const names = new Set<string>();
  for (const line of lines) {
    if (line.class?.kind !== "template") continue;
    for (const pattern of NAME_TEMPLATES) {
      const name = pattern.exec(line.trimmed)?.[1]?.trim();
      if (name) names.add(name);
    }
  }
  // The next non-blank line after each line, found from the end.
  const nextLine: (Line | undefined)[] = new Array(lines.length);
  let following: Line | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextLine[i] = following;
    if (lines[i].trimmed !== "") following = lines[i];
  }
  const signatures = signatureLines(lines);
  // A thread prints its users' names above every post: several such lines are names, not one title.
  const namesAbovePosts = lines.filter((line, i) => NAME_LIKE.test(line.trimmed) && isPostFurniture(nextLine[i]?.class)).length;
  const edits: Edit[] = [];
  let previous: Line | undefined; // the last non-blank line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const { trimmed } = line;
    if (trimmed === "") continue;
    const c = line.class;
    const { start, end } = line;
    if (c?.kind === "template") {
      edits.push({ rule: "chrome", start, end, replacement: "", detail: c.detail });
    } else if (c?.kind === "caption") {
      const nameStart = start + line.text.indexOf(trimmed);
      edits.push({ rule: "chrome", start: nameStart + c.nameEnd, end: nameStart + trimmed.length, replacement: "", detail: "attachment", kind: "caption" });
    } else if (c?.kind === "weak") {
      const amongChrome = previous?.class != null || nextLine[i]?.class != null;
      edits.push({ rule: "chrome", start, end, replacement: "", detail: c.detail, ...(amongChrome ? {} : { isSuggestion: true }) });
    } else if (signatures.has(i)) {
      edits.push({ rule: "chrome", start, end, replacement: "", detail: "signature" });
    } else if (names.has(trimmed) && (previous?.class != null || nextLine[i]?.class != null)) {
      edits.push({ rule: "chrome", start, end, replacement: "", detail: "post header" });
    } else if (NAME_LIKE.test(trimmed) && isPostFurniture(nextLine[i]?.class)) {
      // A Latin or numbered handle is a user name, and so is any name above an author panel or one of
      // several above posts; a single Han one above a post header may be a title, so it is only offered.
      const next = nextLine[i]?.class;
      const certain = LATIN_NAME.test(trimmed) || (next?.kind === "template" && next.detail === "author panel") || namesAbovePosts >= MIN_NAMED_POSTS;
      edits.push({ rule: "chrome", start, end, replacement: "", detail: "post header", ...(certain ? {} : { isSuggestion: true }) });
    } else if (isQuoteHeader(previous?.class) && QUOTED_TAIL.test(trimmed) && trimmed.length <= MAX_QUOTED_TAIL) {
      edits.push({ rule: "chrome", start, end, replacement: "", detail: "quote" });
    } else if (CLOSE_BUTTON.test(trimmed) && previous?.class?.kind === "template") {
      edits.push({ rule: "chrome", start, end, replacement: "", detail: "login banner" });
    }
    previous = line;
  }
  return edits;
};
