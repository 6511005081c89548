import { analyse } from "chardet";
import { DomainError } from "../errors";
import { decodeAs } from "./decode-as";
import { looksBinary } from "./looks-binary";
import { scoreDecoding, type DecodingScore } from "./score-decoding";
import { toSourceEncoding, type SourceEncoding } from "./encodings";

export type EncodingGuess = { encoding: SourceEncoding; confidence: number };

/** The chosen encoding, how sure we are (0–1), and every encoding that was tried, best first. */
export type EncodingDetection = EncodingGuess & { candidates: EncodingGuess[] };

export type DetectEncodingOptions = {
  /** An encoding the file declares (an HTML `<meta charset>`): preferred unless clearly worse. */
  hint?: SourceEncoding | null;
};

// Detection looks at up to this many bytes starting at the first non-ASCII byte, which is always the
// first byte of a character in every encoding we read, so a long ASCII head (HTML) is skipped.
const SAMPLE_BYTES = 64 * 1024;
// chardet's opinion (0–1) counts this much next to our own score (quality, 0–1).
const CHARDET_WEIGHT = 0.2;
// A declared charset wins unless another encoding scores more than this above it.
const HINT_MARGIN = 0.15;
// BOM-less UTF-16 is accepted only when it reads as clean text.
const MIN_UTF16_QUALITY = 0.5;
// Valid UTF-8 without Hanzi is read as GBK/Big5 only if that reads (almost) entirely as frequent Hanzi.
const MIN_MISREAD_LEGACY_QUALITY = 0.8;

const BOMS: [SourceEncoding, number[]][] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

type Scored = { encoding: SourceEncoding; score: DecodingScore; value: number };

const certain = (encoding: SourceEncoding): EncodingDetection => ({
  encoding,
  confidence: 1,
  candidates: [{ encoding, confidence: 1 }],
});

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function bomOf(bytes: Uint8Array): SourceEncoding | null {
  const found = BOMS.find(([, bom]) => bom.every((b, i) => bytes[i] === b));
  return found ? found[0] : null;
}

/** The bytes decoded as UTF-8, or null when they are not valid UTF-8. */
function asValidUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: ASCII characters leave NUL bytes on one side of each pair only. */
function utf16ByNulBytes(bytes: Uint8Array): SourceEncoding | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = head.length / 2;
  // Some Hanzi have a NUL byte too (一 is U+4E00), so the other side only needs to have far fewer.
  if (odd > pairs * 0.1 && even * 3 < odd) return "utf-16le";
  if (even > pairs * 0.1 && odd * 3 < even) return "utf-16be";
  return null;
}

function sampleOf(bytes: Uint8Array): Uint8Array {
  const start = bytes.findIndex((b) => b >= 0x80);
  return start < 0 ? bytes.subarray(0, SAMPLE_BYTES) : bytes.subarray(start, start + SAMPLE_BYTES);
}

/** chardet's confidence (0–1) per encoding of ours; encodings we do not read are ignored. */
function chardetOpinion(sample: Uint8Array): Map<SourceEncoding, number> {
  const opinion = new Map<SourceEncoding, number>();
  for (const match of analyse(sample)) {
    const encoding = toSourceEncoding(match.name);
    if (encoding && !opinion.has(encoding)) opinion.set(encoding, match.confidence / 100);
  }
  return opinion;
}

function scoreAs(sample: Uint8Array, encoding: SourceEncoding, opinion: Map<SourceEncoding, number>): Scored {
  const score = scoreDecoding(decodeAs(sample, encoding, true));
  return { encoding, score, value: score.quality + CHARDET_WEIGHT * (opinion.get(encoding) ?? 0) };
}

/** Confidence of the winner: its own quality, lowered when the runner-up scores close to it. */
function toDetection(ranked: Scored[]): EncodingDetection {
  const [best, second] = ranked;
  const margin = second ? best.value - second.value : 1;
  const confidence = clamp01(best.score.quality) * clamp01(0.5 + margin);
  const candidates = ranked.map(({ encoding, score }) => ({ encoding, confidence: clamp01(score.quality) }));
  candidates[0] = { encoding: best.encoding, confidence };
  return { encoding: best.encoding, confidence, candidates };
}

/** Ranks the legacy encodings (and UTF-8 with errors) by how Chinese each decoding of the bytes looks. */
function rankLegacy(bytes: Uint8Array, hint: SourceEncoding | null | undefined): Scored[] {
  const sample = sampleOf(bytes);
  const opinion = chardetOpinion(sample);
  const ranked = (["gb18030", "big5", "utf-8"] as const)
    .map((encoding) => scoreAs(sample, encoding, opinion))
    .sort((a, b) => b.value - a.value);
  const hinted = ranked.find((s) => s.encoding === hint);
  if (hinted && hinted !== ranked[0] && hinted.value >= ranked[0].value - HINT_MARGIN) {
    return [hinted, ...ranked.filter((s) => s !== hinted)];
  }
  return ranked;
}

/**
 * Valid UTF-8 is UTF-8, unless it holds no Hanzi at all: a short GBK or Big5 file can happen to be valid
 * UTF-8 ("为什么" in GBK is), and then reads as Cyrillic, Greek or Hebrew, while one legacy decoding reads
 * as frequent Hanzi only.
 */
function utf8UnlessMisread(bytes: Uint8Array, text: string, hint: SourceEncoding | null | undefined): EncodingDetection {
  if (/[\u3400-\u9fff]/.test(text) || !/[^\x00-\x7f]/.test(text)) return certain("utf-8");
  const ranked = rankLegacy(bytes, hint);
  const [best] = ranked;
  const utf8Quality = ranked.find((s) => s.encoding === "utf-8")?.score.quality ?? 0;
  const isMisread = utf8Quality < 0 && best.score.quality >= MIN_MISREAD_LEGACY_QUALITY && best.score.replacementCount === 0;
  return best.encoding !== "utf-8" && isMisread ? toDetection(ranked) : certain("utf-8");
}

/**
 * Guesses the encoding of a text file: a BOM decides; then BOM-less UTF-16 (by its NUL bytes); binary
 * data throws BINARY_FILE; valid UTF-8 wins; otherwise GB18030, Big5 and UTF-8 are each decoded and
 * scored (scoreDecoding, with chardet's analysis as a tie-breaker) and the most Chinese-looking wins.
 */
export function detectEncoding(bytes: Uint8Array, options: DetectEncodingOptions = {}): EncodingDetection {
  const bom = bomOf(bytes);
  if (bom) return certain(bom);
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) {
    const score = scoreDecoding(decodeAs(bytes.subarray(0, SAMPLE_BYTES), utf16, true));
    if (score.quality >= MIN_UTF16_QUALITY) return toDetection([{ encoding: utf16, score, value: score.quality }]);
  }
  if (looksBinary(bytes)) throw new DomainError("BINARY_FILE");
  const text = asValidUtf8(bytes);
  if (text !== null) return utf8UnlessMisread(bytes, text, options.hint);
  return toDetection(rankLegacy(bytes, options.hint));
}
