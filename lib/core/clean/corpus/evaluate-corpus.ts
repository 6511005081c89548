import { decodeBytes } from "../../import/decode-bytes";
import { segmentSource } from "../../import/prepare-import";
import { sniffHtmlCharset } from "../../import/sniff-html-charset";
import { sourceText } from "../../import/source-text";
import { cleanText, DEFAULT_CLEANUP_CHOICES, type EditStatus } from "../clean-text";
import type { CleanupRule } from "../types";
import type { Platform } from "./chrome-vocabulary";
import { DAMAGE_KINDS, damagePage, encodePage, type DamagedPage, type DamageKind, type Script } from "./damage-page";
import { savedHtmlPage } from "./saved-html-page";
import { scorePage, type KindResidue, type PageScore } from "./score-page";

/** A clean text of the corpus: one paragraph per line, as the cleanup's paragraphs come out. */
export type CorpusText = { name: string; script: Script; text: string };

/**
 * A set of damage kinds done together; with `bytes`, the page goes through the import's decoding as
 * GB18030 (Simplified) or Big5 (Traditional); with `savedHtml`, it is a page saved from a browser, read as
 * an uploaded .html file is (charset, decoding, article extraction). `platform` fixes the platform.
 */
export type DamageMix = { name: string; kinds: readonly DamageKind[]; bytes?: boolean; savedHtml?: boolean; platform?: Platform };

const FORUM_KINDS: readonly DamageKind[] = ["chrome", "login", "attachment", "editedBy", "quote", "jammer", "pinyin", "punctuation", "gluedHeading"];

export const DAMAGE_MIXES: readonly DamageMix[] = [
  { name: "forum", kinds: FORUM_KINDS },
  { name: "scraped", kinds: ["chrome", "html", "mojibake", "punctuation", "gluedHeading"] },
  { name: "wrapped", kinds: ["wrap", "punctuation"] },
  { name: "all", kinds: DAMAGE_KINDS },
  { name: "all, legacy bytes", kinds: DAMAGE_KINDS, bytes: true },
  { name: "forum, signatures", kinds: [...FORUM_KINDS, "signature"], platform: "discuz" },
  { name: "phpwind", kinds: [...FORUM_KINDS, "signature"], platform: "phpwind" },
  { name: "saved HTML", kinds: ["chrome", "login", "attachment", "editedBy", "signature", "jammer"], savedHtml: true },
];
export const CORPUS_SEEDS: readonly number[] = [1, 2, 3];

export type PageResult = { text: string; mix: string; seed: number; platform: Platform; score: PageScore; editsByRule: Partial<Record<CleanupRule, number>> };

/** A change (or a flag) the cleanup made on a clean text, which it should have left alone. */
export type FalseAlarm = {
  text: string;
  rule: CleanupRule | "segmentation";
  detail?: string;
  status: EditStatus | "changed";
  original: string;
  replacement: string;
};

export type CorpusReport = {
  pages: PageResult[];
  /** Mean character similarity over every page. */
  mean: number;
  meanBoundaryF1: number;
  residue: Partial<Record<DamageKind, KindResidue>>;
  falseAlarms: FalseAlarm[];
};

/** The paragraphs an import with the default cleanup choices makes of a text. */
export function importedParagraphs(text: string): string[] {
  return segmentSource(text, DEFAULT_CLEANUP_CHOICES).map((segment) => segment.source);
}

function paragraphsOf(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

/** Every change and flag the cleanup makes on a clean text, and every paragraph it does not keep as it was. */
export function falseAlarmsOf(corpusText: CorpusText): FalseAlarm[] {
  const alarms: FalseAlarm[] = cleanText(corpusText.text).edits.map((edit) => ({
    text: corpusText.name,
    rule: edit.rule,
    detail: edit.detail,
    status: edit.status,
    original: edit.original,
    replacement: edit.replacement,
  }));
  const expected = paragraphsOf(corpusText.text);
  const got = importedParagraphs(corpusText.text);
  const kept = new Set(got);
  for (const paragraph of expected) {
    if (kept.has(paragraph)) continue;
    const pieces = got.filter((p) => paragraph.includes(p));
    alarms.push({ text: corpusText.name, rule: "segmentation", status: "changed", original: paragraph, replacement: pieces.join(" ‖ ") });
  }
  return alarms;
}

function editsByRule(text: string): Partial<Record<CleanupRule, number>> {
  const counts: Partial<Record<CleanupRule, number>> = {};
  for (const edit of cleanText(text).edits) if (edit.status === "applied") counts[edit.rule] = (counts[edit.rule] ?? 0) + 1;
  return counts;
}

/** The text an uploaded HTML file gives the cleanup, read as readSource reads it (declared charset, decoding, extraction). */
export function savedHtmlText(bytes: Uint8Array): { raw: string; text: string } {
  const raw = decodeBytes(bytes, { hint: sniffHtmlCharset(bytes) }).text;
  return { raw, text: sourceText({ raw, format: "html" }).text };
}

/** One clean text damaged with a mix and a seed: the raw text an import keeps, and the text its cleanup runs on. */
export function damagedRaw(corpusText: CorpusText, mix: DamageMix, seed: number): { raw: string; text: string; page: DamagedPage } {
  const options = { seed, kinds: mix.kinds, script: corpusText.script, platform: mix.platform };
  if (mix.savedHtml) {
    const saved = savedHtmlPage(corpusText.text, options);
    return { ...savedHtmlText(saved.bytes), page: { text: saved.html, platform: saved.platform, records: saved.records } };
  }
  const page = damagePage(corpusText.text, options);
  const raw = mix.bytes ? decodeBytes(encodePage(page.text, corpusText.script === "hans" ? "gb18030" : "big5")).text : page.text;
  return { raw, text: raw, page };
}

/** Damages one clean text with a mix and a seed, cleans it as an import does, and scores the result. */
export function evaluatePage(corpusText: CorpusText, mix: DamageMix, seed: number): PageResult {
  const { text, page } = damagedRaw(corpusText, mix, seed);
  const score = scorePage(importedParagraphs(text), paragraphsOf(corpusText.text), page.records);
  return { text: corpusText.name, mix: mix.name, seed, platform: page.platform, score, editsByRule: editsByRule(text) };
}

/** Runs the whole corpus: every text × mix × seed, and every clean text unchanged. */
export function evaluateCorpus(
  texts: readonly CorpusText[],
  { mixes = DAMAGE_MIXES, seeds = CORPUS_SEEDS }: { mixes?: readonly DamageMix[]; seeds?: readonly number[] } = {},
): CorpusReport {
  const pages = texts.flatMap((text) => mixes.flatMap((mix) => seeds.map((seed) => evaluatePage(text, mix, seed))));
  const residue: CorpusReport["residue"] = {};
  for (const page of pages) {
    for (const [kind, figures] of Object.entries(page.score.residue) as [DamageKind, KindResidue][]) {
      const total = (residue[kind] ??= { injected: 0, left: 0 });
      total.injected += figures.injected;
      total.left += figures.left;
    }
  }
  const mean = (values: number[]) => (values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    pages,
    mean: mean(pages.map((p) => p.score.similarity)),
    meanBoundaryF1: mean(pages.map((p) => p.score.boundaryF1)),
    residue,
    falseAlarms: texts.flatMap(falseAlarmsOf),
  };
}
