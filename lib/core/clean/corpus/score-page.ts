import { diffChars } from "diff";
import { distance } from "fastest-levenshtein";
import type { DamageKind, DamageRecord } from "./damage-page";

export type KindResidue = {
  /** What was done: characters of junk added, punctuation made half-width, breaks added or taken away. */
  injected: number;
  /** How much of it the cleanup left. */
  left: number;
};

export type PageScore = {
  /** 1 − Levenshtein(recovered, clean) / max of their lengths, on the paragraphs joined by line breaks. */
  similarity: number;
  /** F1 of paragraph boundaries, the recovered ones mapped onto the clean text through a character diff. */
  boundaryF1: number;
  residue: Partial<Record<DamageKind, KindResidue>>;
};

/** 1 − Levenshtein distance over the longer length: 1 for identical texts, 0 for nothing in common. */
export function characterSimilarity(recovered: string, clean: string): number {
  const longer = Math.max(recovered.length, clean.length);
  return longer === 0 ? 1 : 1 - distance(recovered, clean) / longer;
}

/** Where each paragraph after the first starts in the paragraphs concatenated. */
function boundariesOf(paragraphs: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const paragraph of paragraphs.slice(0, -1)) {
    at += paragraph.length;
    starts.push(at);
  }
  return starts;
}

/** For each offset of `from` (and its end), the offset of `to` it lines up with in a character diff. */
function alignment(from: string, to: string): Int32Array {
  const map = new Int32Array(from.length + 1);
  let i = 0;
  let j = 0;
  for (const part of diffChars(from, to)) {
    const n = part.value.length;
    if (part.added) j += n;
    else if (part.removed) for (let k = 0; k < n; k++) map[i++] = j;
    else for (let k = 0; k < n; k++) map[i++] = j++;
  }
  map[from.length] = j;
  return map;
}

/** Recovered paragraph boundaries as offsets into the clean paragraphs concatenated. */
export function mappedBoundaries(recovered: string[], clean: string[]): Set<number> {
  const map = alignment(recovered.join(""), clean.join(""));
  return new Set(boundariesOf(recovered).map((at) => map[at]));
}

/** F1 of the paragraph boundaries (1 when both texts are one paragraph). */
export function boundaryF1(found: Set<number>, clean: string[]): number {
  const expected = new Set(boundariesOf(clean));
  if (expected.size === 0 && found.size === 0) return 1;
  let hits = 0;
  for (const at of found) if (expected.has(at)) hits++;
  return hits === 0 ? 0 : (2 * hits) / (found.size + expected.size);
}

function occurrences(text: string, part: string): number {
  if (part === "") return 0;
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

// Half-width punctuation touching a Han character: what the punctuation damage makes.
const HALF_WIDTH_IN_CHINESE = /(?<=[\u3400-\u9fff])[,:;?!()]|[,:;?!()](?=[\u3400-\u9fff])/g;

/**
 * What the cleanup left of each kind of damage. Junk counts by excess occurrences: a junk string found
 * more often in the recovered text than in the clean one was left there (by its length in characters).
 */
export function residueOf(records: DamageRecord[], recovered: string, clean: string, boundaries: Set<number>): PageScore["residue"] {
  const residue: PageScore["residue"] = {};
  const add = (kind: DamageKind, injected: number, left: number) => {
    const entry = (residue[kind] ??= { injected: 0, left: 0 });
    entry.injected += injected;
    entry.left += left;
  };
  const junkCounts = new Map<string, { kind: DamageKind; count: number }>();
  for (const record of records) {
    if (record.junk !== undefined) {
      const junk = record.junk.trim();
      const entry = junkCounts.get(junk) ?? { kind: record.kind, count: 0 };
      entry.count++;
      junkCounts.set(junk, entry);
    }
    if (record.breaks) add(record.kind, record.breaks.length, record.breaks.filter((at) => boundaries.has(at)).length);
    if (record.glued) add(record.kind, record.glued.length, record.glued.filter((at) => !boundaries.has(at)).length);
  }
  for (const [junk, { kind, count }] of junkCounts) {
    const left = Math.min(count, Math.max(0, occurrences(recovered, junk) - occurrences(clean, junk)));
    add(kind, count * junk.length, left * junk.length);
  }
  const halfWidth = records.reduce((sum, r) => sum + (r.halfWidth ?? 0), 0);
  if (halfWidth > 0) {
    const excess = (recovered.match(HALF_WIDTH_IN_CHINESE)?.length ?? 0) - (clean.match(HALF_WIDTH_IN_CHINESE)?.length ?? 0);
    add("punctuation", halfWidth, Math.min(halfWidth, Math.max(0, excess)));
  }
  return residue;
}

/** Scores recovered paragraphs against the clean ones, with what the generator recorded. */
export function scorePage(recovered: string[], clean: string[], records: DamageRecord[] = []): PageScore {
  const boundaries = mappedBoundaries(recovered, clean);
  return {
    similarity: characterSimilarity(recovered.join("\n"), clean.join("\n")),
    boundaryF1: boundaryF1(boundaries, clean),
    residue: residueOf(records, recovered.join("\n"), clean.join("\n"), boundaries),
  };
}
