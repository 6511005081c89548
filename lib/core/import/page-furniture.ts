// Parts of forum and article pages that are never the text, known by the classes their templates print.
// Each selector is scoped to the template's own post container, so ordinary pages are not touched.
const FORUM_FURNITURE = [
  // Discuz! X (template/default/forum/viewthread_node.htm): the author column beside each post (name,
  // avatar, credits), the post's buttons (回复, 举报, 评分) and the signature under it.
  "#postlist .pls", "table.plhin .pls", "#postlist .po", "table.plhin .po", "#postlist .sign", "table.plhin .sign",
  // phpwind 8 (template/wind/read.htm): the author panel (`floot_left`: 级别, 发帖, 注册时间), the floor
  // header bar (`tipTop`: 只看该作者, 小中大, 楼主, 发表于), the buttons (`tipBottom`) and the signature.
  "table.floot .floot_left", "table.floot .tipTop", "table.floot .tipBottom", "table.floot .sigline", "table.floot .signature",
].join(", ");

// A form around text is a moderation form around a thread (phpwind's `delatc`, Discuz!'s `modactions`),
// not a control: it holds at least this many visible characters.
const MIN_TEXT_FORM_CHARS = 200;

const visibleLength = (text: string) => [...text.replace(/\s+/g, "")].length;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*hidden\s*;?/i;
const DISPLAY_NONE = /display\s*:\s*none/i;

/** Removes forum template furniture (author panels, post buttons, signatures) from a page. */
export function removeForumFurniture(document: Document): void {
  for (const element of [...document.querySelectorAll(FORUM_FURNITURE)]) element.remove();
}

/** True for a form that wraps a page's text (a thread's moderation form), which is not site chrome. */
export function isTextForm(form: Element): boolean {
  return visibleLength(form.textContent ?? "") >= MIN_TEXT_FORM_CHARS;
}

/** Replaces an element by its children (a form around a thread becomes plain content). */
export function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
}

/**
 * Shows text a page's script would reveal: WeChat articles carry `style="visibility: hidden"` on their
 * body (`#js_content`) until the script runs, so a page saved without it hides the whole article. An
 * element hidden only so, holding at least a paragraph of text, is shown; short ones stay hidden.
 */
export function revealScriptHidden(document: Document): void {
  for (const element of [...document.querySelectorAll("[style]")]) {
    const style = element.getAttribute("style") ?? "";
    if (!VISIBILITY_HIDDEN.test(style) || DISPLAY_NONE.test(style)) continue;
    if (visibleLength(element.textContent ?? "") >= MIN_TEXT_FORM_CHARS) element.setAttribute("style", style.replace(VISIBILITY_HIDDEN, ";"));
  }
}

// The cell or box that holds one post's own text: Discuz! X's `<td class="t_f" id="postmessage_…">`,
// phpwind 8's `<div class="tpc_content">`.
const POST_BODIES = "td.t_f, div.tpc_content";

/**
 * The posts of a forum thread page, in page order. A thread's text is all its posts, where Readability
 * would keep the one block it scores best (often the first post alone, or the posts with long text).
 */
export function forumPostBodies(document: Document): Element[] {
  return [...document.querySelectorAll(POST_BODIES)].filter((element) => !element.parentElement?.closest(POST_BODIES));
}
