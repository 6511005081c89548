import iconv from "iconv-lite";
import { pinyin } from "pinyin-pro";
import {
  ATTACHMENT_LINES, ATTACHMENT_SIZE, EDITED_BY, FLOOR_NAMES, FORUMS, LOGIN_BANNERS, PAGE_FOOTERS, PAGE_HEADERS, PLATFORMS,
  POST_FOOTERS, POST_HEADERS, QUOTE_HEADER, SIGNATURE_LINES, SIGNATURE_SEPARATORS, USER_NAMES, type Platform, type ScriptPair,
} from "./chrome-vocabulary";
import { seededRandom } from "../../testing/seeded-random";

/** Every kind of damage the generator can do; each can be switched off. */
export const DAMAGE_KINDS = [
  "chrome", "login", "attachment", "editedBy", "quote", "signature", "jammer", "pinyin", "html", "punctuation", "wrap", "gluedHeading",
  "mojibake",
] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];
export type Script = "hans" | "hant";

export type DamageOptions = {
  seed: number;
  kinds: readonly DamageKind[];
  script: Script;
  /** The platform whose chrome is used; by default one chosen from the seed. */
  platform?: Platform;
};

/**
 * What the generator did, to measure what is left after cleanup. `junk` is text added that should be
 * gone (chrome lines, jammer runs, glosses, tags, mojibake); `halfWidth` counts punctuation made
 * half-width; `breaks` are line breaks added inside a paragraph and `glued` paragraph breaks taken away,
 * both as offsets into the clean paragraphs concatenated without separators.
 */
export type DamageRecord = {
  kind: DamageKind;
  junk?: string;
  halfWidth?: number;
  breaks?: number[];
  glued?: number[];
};

export type DamagedPage = { text: string; platform: Platform; records: DamageRecord[] };

/** FNV-1a of a text: each text gets its own sequence from the same seed. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
export const chance = (random: Random, p: number) => random() < p;
export const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const HAN = /[\u3400-\u9fff]/;
const FULL_TO_HALF: Record<string, string> = { "，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")" };
// Glossers print these without a tone mark: 們(men), 麼(me).
const NEUTRAL: Record<string, string> = { 们: "men", 們: "men", 么: "me", 麼: "me", 的: "de", 了: "le", 着: "zhe", 著: "zhe", 吗: "ma", 嗎: "ma" };
const ENTITIES: Record<string, string> = { "“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;", " ": "&nbsp;" };
const SENTENCE_END = /[。！？!?…”」：:；;，,]$/;

/** A template line with its slots filled from the seed. */
export function fill(template: ScriptPair, script: Script, random: Random): string {
  const text = template[script === "hans" ? 0 : 1];
  const year = between(random, 2015, 2024);
  const date = `${year}-${between(random, 1, 12)}-${between(random, 1, 28)}`;
  const time = `${between(random, 0, 23)}:${String(between(random, 0, 59)).padStart(2, "0")}`;
  return text
    .replaceAll("{user}", () => pick(random, USER_NAMES))
    .replaceAll("{date}", date)
    .replaceAll("{time}", time)
    .replaceAll("{n}", () => String(between(random, 1, 300)))
    .replaceAll("{floor}", () => pick(random, FLOOR_NAMES)[script === "hans" ? 0 : 1])
    .replaceAll("{size}", `${between(random, 40, 3000) / 100} ${chance(random, 0.3) ? "KB" : "MB"}`);
}

export function cameraFileName(random: Random, script: Script): string {
  const digits = (n: number) => Array.from({ length: n }, () => between(random, 0, 9)).join("");
  const stamp = `20${between(random, 15, 24)}0${between(random, 1, 9)}${between(random, 10, 28)}`;
  const names = [
    `IMG_${stamp}_${digits(6)}.jpg`,
    `DSC_${digits(4)}.JPG`,
    `mmexport${digits(13)}.jpg`,
    `${script === "hans" ? "微信图片" : "微信圖片"}_${stamp}${digits(6)}.jpg`,
    `QQ${script === "hans" ? "截图" : "截圖"}${stamp}${digits(6)}.png`,
  ];
  return pick(random, names);
}

/**
 * Discuz!'s anti-scraping jammer (`jammer()` in its discuzcode): 5–15 times a character from chr(32–59),
 * a space and a character from chr(63–126), hidden in the page with CSS and left in a copied text.
 */
export function jammerRun(random: Random): string {
  let run = "";
  for (let i = between(random, 5, 15); i > 0; i--) {
    run += String.fromCharCode(between(random, 32, 59)) + " " + String.fromCharCode(between(random, 63, 126));
  }
  return run;
}

/** Clean text read as the wrong encoding: UTF-8 (or Big5) bytes decoded as GBK. */
function mojibakeOf(text: string, script: Script): string {
  const bytes = script === "hans" ? new TextEncoder().encode(text) : iconv.encode(text, "big5");
  return new TextDecoder("gbk").decode(bytes);
}

function glossOf(char: string): string | null {
  if (NEUTRAL[char]) return NEUTRAL[char];
  const reading = pinyin(char, { toneType: "symbol" });
  return /^[a-zü\u0100-\u01dc]+$/.test(reading) ? reading : null;
}

/** Columns a text takes in a fixed-width display: CJK two, the rest one. */
function widthOf(text: string): number {
  let columns = 0;
  for (const char of text) columns += char >= "\u2e80" ? 2 : 1;
  return columns;
}

type Paragraph = { clean: string; at: number };

/**
 * Damages a clean text (one paragraph per line) as real pages are damaged, from a seed: the same seed,
 * kinds and script always give the same page.
 */
export function damagePage(clean: string, options: DamageOptions): DamagedPage {
  const random = seededRandom(options.seed ^ hashOf(clean));
  const on = new Set(options.kinds);
  const script = options.script;
  const platform = options.platform ?? pick(random, PLATFORMS);
  const records: DamageRecord[] = [];
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const line of clean.split("\n").filter((l) => l.trim() !== "")) {
    paragraphs.push({ clean: line, at });
    at += line.length;
  }
  const chromeLine = (kind: DamageKind, template: ScriptPair) => {
    const line = fill(template, script, random);
    records.push({ kind, junk: line });
    return line;
  };
  const wrapWidth = between(random, 28, 40);
  // A scraped page keeps its block tags: `<p>…</p>`, `<div>…</div>` or `…<br />` around every block.
  const [open, close] = on.has("html") && chance(random, 0.5) ? pick(random, [["<p>", "</p>"], ["", "<br />"], ["<div>", "</div>"]]) : ["", ""];
  const lines: string[] = [];
  const out = {
    push(...blocks: string[]) {
      for (const block of blocks) {
        lines.push(`${open}${block}${close}`);
        if (open) records.push({ kind: "html", junk: open });
        if (close) records.push({ kind: "html", junk: close });
      }
    },
  };
  if (on.has("login") && platform === "discuz") {
    out.push(chromeLine("login", pick(random, LOGIN_BANNERS)), chromeLine("login", pick(random, LOGIN_BANNERS)));
    if (chance(random, 0.7)) out.push(chromeLine("login", ["x", "x"]));
  }
  if (on.has("chrome")) for (const line of PAGE_HEADERS[platform]) if (chance(random, 0.6)) out.push(chromeLine("chrome", line));
  const separator = pick(random, ["\n", "\n", "\n\n", "\r\n"]);
  for (let i = 0; i < paragraphs.length; i++) {
    const { clean: text, at: start } = paragraphs[i];
    const isForumPost = FORUMS.includes(platform) && i > 0 && chance(random, 0.35);
    if (on.has("chrome") && isForumPost) {
      for (const header of POST_HEADERS[platform]) if (chance(random, 0.5)) out.push(chromeLine("chrome", header));
    }
    if (on.has("editedBy") && platform === "discuz" && (i === 1 || isForumPost) && chance(random, 0.5)) {
      out.push(chromeLine("editedBy", pick(random, EDITED_BY)));
    }
    if (on.has("quote") && platform === "discuz" && isForumPost && chance(random, 0.4)) {
      // A reply quoting an earlier post: its header, then the start of the quoted text cut with `...`.
      const quoted = paragraphs[between(random, 0, i - 1)].clean;
      out.push(chromeLine("quote", QUOTE_HEADER), chromeLine("quote", [`${[...quoted].slice(0, 30).join("")}...`, `${[...quoted].slice(0, 30).join("")}...`]));
    }
    let body = damageParagraph(text, start, on, script, random, records, wrapWidth);
    const next = paragraphs[i + 1];
    const headingLike = [...text].length <= 20 && !SENTENCE_END.test(text) && HAN.test(text);
    if (on.has("gluedHeading") && headingLike && next && chance(random, 0.8)) {
      records.push({ kind: "gluedHeading", glued: [next.at] });
      const glue = pick(random, [" ", "\u3000\u3000", " \u3000\u3000", "  "]);
      i++;
      body += glue + damageParagraph(next.clean, next.at, on, script, random, records, wrapWidth);
    }
    if (on.has("jammer") && chance(random, 0.4)) {
      const run = jammerRun(random);
      records.push({ kind: "jammer", junk: run });
      // Discuz! puts it where a line break was: glued to the end of a line, to the start of the next, or alone.
      const where = random();
      if (where < 0.4) body = `${body}${run}`;
      else if (where < 0.7) body = `${body}${separator}${run}`;
      else body = `${run}${body}`;
    }
    out.push(body);
    if (on.has("attachment") && chance(random, 0.2)) {
      const name = cameraFileName(random, script);
      out.push(chromeLine("attachment", [`${name} ${ATTACHMENT_SIZE[0]}`, `${name} ${ATTACHMENT_SIZE[1]}`]));
      for (const line of ATTACHMENT_LINES) if (chance(random, 0.6)) out.push(chromeLine("attachment", line));
    }
    if (on.has("signature") && isForumPost && platform !== "tieba" && chance(random, 0.5)) out.push(...signatureLines(random, script, records));
    if (on.has("chrome") && isForumPost) {
      for (const footer of POST_FOOTERS[platform]) if (chance(random, 0.4)) out.push(chromeLine("chrome", footer));
    }
  }
  if (on.has("chrome")) for (const line of PAGE_FOOTERS[platform]) if (chance(random, 0.6)) out.push(chromeLine("chrome", line));
  const text = lines.join(separator);
  return { text, platform, records };
}

/** A forum signature: one or two lines a user wrote, under a `----` line half the time. */
export function signatureLines(random: Random, script: Script, records: DamageRecord[]): string[] {
  const lines = chance(random, 0.5) ? [pick(random, SIGNATURE_SEPARATORS)] : [];
  for (let n = between(random, 1, 2); n > 0; n--) lines.push(fill(pick(random, SIGNATURE_LINES), script, random));
  for (const line of lines) records.push({ kind: "signature", junk: line });
  return lines;
}

/** One paragraph with the damage done inside a line: mojibake, half-width punctuation, glosses, HTML, wraps. */
function damageParagraph(
  text: string, start: number, on: Set<DamageKind>, script: Script, random: Random, records: DamageRecord[], wrapWidth: number,
): string {
  const chars = [...text];
  const hasHan = chars.some((c) => HAN.test(c));
  let mojibakeFrom = -1;
  let mojibakeTo = -1;
  if (on.has("mojibake") && hasHan && chars.length >= 12 && chance(random, 0.12)) {
    mojibakeFrom = between(random, 0, chars.length - 8);
    mojibakeTo = mojibakeFrom + between(random, 4, 8);
  }
  const halfWidth = on.has("punctuation") && chance(random, 0.5);
  const glossRate = on.has("pinyin") && chance(random, 0.3) ? 0.06 : 0;
  const entities = on.has("html") && chance(random, 0.25);
  const inlineTag = on.has("html") && chance(random, 0.15);
  const wrap = on.has("wrap") && chars.length > wrapWidth;
  const pieces: string[] = [];
  const breaks: number[] = [];
  let halfCount = 0;
  let column = 0;
  let offset = start;
  for (let i = 0; i < chars.length; i++) {
    if (wrap && column >= wrapWidth * 2 && i < chars.length) {
      pieces.push("\n");
      breaks.push(offset);
      column = 0;
    }
    const char = chars[i];
    if (i === mojibakeFrom) {
      const original = chars.slice(mojibakeFrom, mojibakeTo).join("");
      const garbage = mojibakeOf(original, script);
      records.push({ kind: "mojibake", junk: garbage });
      pieces.push(garbage);
      column += widthOf(garbage);
      offset += original.length;
      i = mojibakeTo - 1;
      continue;
    }
    let shown = char;
    if (halfWidth && FULL_TO_HALF[char]) {
      shown = FULL_TO_HALF[char];
      halfCount++;
    } else if (entities && ENTITIES[char]) {
      shown = ENTITIES[char];
      records.push({ kind: "html", junk: shown });
    }
    pieces.push(shown);
    column += widthOf(shown);
    offset += char.length;
    if (glossRate > 0 && HAN.test(char) && (NEUTRAL[char] ? chance(random, 0.5) : chance(random, glossRate))) {
      const gloss = glossOf(char);
      if (gloss) {
        pieces.push(`(${gloss})`);
        column += gloss.length + 2;
        records.push({ kind: "pinyin", junk: `(${gloss})` });
      }
    }
  }
  if (halfCount > 0) records.push({ kind: "punctuation", halfWidth: halfCount });
  if (breaks.length > 0) records.push({ kind: "wrap", breaks });
  let result = pieces.join("");
  if (inlineTag) {
    const [open, close] = pick(random, [
      ['<font color="#333333">', "</font>"],
      ["<strong>", "</strong>"],
      ['<span style="font-size:14px">', "</span>"],
    ]);
    result = `${open}${result}${close}`;
    records.push({ kind: "html", junk: open }, { kind: "html", junk: close });
  }
  return result;
}

/** The page as bytes in a legacy encoding, as a saved page would be (characters it lacks become `?`). */
export function encodePage(text: string, encoding: "gb18030" | "big5"): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}
