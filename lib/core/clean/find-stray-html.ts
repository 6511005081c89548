import type { Edit, RuleFinder } from "./types";

// Only real HTML element names count as tags, so code such as `List<String>` or `a<b && c>d` survives.
const TAG_NAMES =
  "a|abbr|b|big|blockquote|body|br|center|cite|code|dd|del|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|ins|" +
  "label|li|meta|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|script|style|iframe";
const ATTRIBUTE = `\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?`;
const TAG = new RegExp(`<(/?)(${TAG_NAMES})((?:${ATTRIBUTE})*)\\s*/?>`, "gi");
const BREAKING = /^(br|p|div|li|tr|h[1-6]|blockquote)$/i;
// A closing tag whose `<` went missing (swallowed by mojibake): `的?!?/font>`.
const BROKEN_CLOSE = new RegExp(`(?<![<\\w/])/(${TAG_NAMES})>`, "gi");

const NAMED: Record<string, string> = {
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", hellip: "…", mdash: "—", ndash: "–", middot: "·",
  bull: "•", copy: "©", reg: "®", times: "×", divide: "÷", deg: "°", yen: "¥",
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function decodeEntity(decimal?: string, hex?: string, name?: string): string | null {
  const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
  return NAMED[name!.toLowerCase()] ?? null;
}

/** Stray HTML left in scraped text: tags (a line-breaking tag becomes a line break) and character entities. */
export const findStrayHtml: RuleFinder = (text) => {
  const edits: Edit[] = [];
  for (const m of text.matchAll(TAG)) {
    const replacement = BREAKING.test(m[2]) && (m[1] === "/" || /^br$/i.test(m[2])) ? "\n" : "";
    edits.push({ rule: "html", start: m.index, end: m.index + m[0].length, replacement, detail: "tag" });
  }
  for (const m of text.matchAll(BROKEN_CLOSE)) {
    edits.push({ rule: "html", start: m.index, end: m.index + m[0].length, replacement: "", detail: "broken tag" });
  }
  for (const m of text.matchAll(ENTITY)) {
    const replacement = decodeEntity(m[1], m[2], m[3]);
    if (replacement === null) continue;
    edits.push({ rule: "html", start: m.index, end: m.index + m[0].length, replacement, detail: "entity" });
  }
  return edits.sort((a, b) => a.start - b.start);
};
