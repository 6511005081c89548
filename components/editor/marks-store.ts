import type { ConversionFinding } from "@/lib/core/convert/conversion-review-types";
import type { MatchKey } from "@/lib/core/convert/match-key";
import { mappedString, type MappedText } from "@/lib/core/convert/mapped-text";
import { buildTermIndex, findTermMatches, type TermIndex, type TermMatch } from "@/lib/core/glossary/find-term-matches";
import type { GlossaryIssue } from "@/lib/core/glossary/find-glossary-issues";
import type { AnnotationMark, Term } from "@/lib/core/model";
import { checkTermConsistency } from "@/lib/core/qa/check-term-consistency";
import type { EditorStore } from "./editor-store";
import type { SourceMark } from "./source-text";
import type { ReviewCache } from "./review-cache";
import { Listeners } from "./listeners";

/** The conversion review while it is on: its findings are drawn over the other marks. */
export type ReviewMarks = { cache: ReviewCache; describe: (finding: ConversionFinding) => string };

/** What the marks are at one moment: a new object whenever an input changes, so React can tell. */
export type MarksSnapshot = {
  annotations: readonly AnnotationMark[];
  terms: readonly Term[];
  hasNotes: (id: number) => boolean;
  /** The source's match key as a string ("" until the key is loaded). */
  sourceKeyOf: (id: number) => string;
};

const NONE: readonly SourceMark[] = [];
const NO_TERMS: readonly TermMatch[] = [];

/**
 * What each row highlights in its source, outside React like the EditorStore: annotations, glossary
 * terms (found with one Aho–Corasick pass over the match key), matches of the find query (found in
 * the match key, drawn back on the source through its map) and, while it is on, the conversion
 * review's findings. Inputs are set from events and effects; every result is cached per source, so
 * a row's marks keep their identity until something they show changes.
 */
export class MarksStore {
  private annotations: readonly AnnotationMark[];
  private terms: readonly Term[];
  private byRow = new Map<number, AnnotationMark[]>();
  private termsById = new Map<number, Term>();
  private termIndex: TermIndex | null = null;
  private toKey: MatchKey | null = null;
  private queryKey = "";
  private review: ReviewMarks | null = null;
  private keys = new Map<number, { source: string; key: MappedText }>();
  private marks = new Map<number, { source: string; marks: readonly SourceMark[] }>();
  private termMatches = new Map<number, { source: string; matches: readonly TermMatch[] }>();
  private listeners = new Listeners();
  private snapshot: MarksSnapshot;

  constructor(
    private readonly store: EditorStore,
    annotations: readonly AnnotationMark[],
    terms: readonly Term[],
  ) {
    this.annotations = annotations;
    this.terms = terms;
    this.indexAnnotations();
    this.indexTerms();
    this.snapshot = this.takeSnapshot();
  }

  subscribe = this.listeners.subscribe;

  getSnapshot = (): MarksSnapshot => this.snapshot;

  setAnnotations(annotations: readonly AnnotationMark[]): void {
    if (annotations === this.annotations) return;
    this.annotations = annotations;
    this.indexAnnotations();
    this.changed();
  }

  setTerms(terms: readonly Term[]): void {
    if (terms === this.terms) return;
    this.terms = terms;
    this.indexTerms();
    this.changed();
  }

  /** The cross-script key (once loaded) and the find query in that key. */
  setMatching(toKey: MatchKey | null, queryKey: string): void {
    if (toKey === this.toKey && queryKey === this.queryKey) return;
    const isNewKey = toKey !== this.toKey;
    [this.toKey, this.queryKey] = [toKey, queryKey];
    if (isNewKey) {
      this.keys.clear();
      this.indexTerms();
    }
    this.changed();
  }

  setReview(review: ReviewMarks | null): void {
    if (review?.cache === this.review?.cache && review?.describe === this.review?.describe) return;
    this.review = review;
    this.changed();
  }

  term(termId: number): Term | undefined {
    return this.termsById.get(termId);
  }

  /** The glossary terms a paragraph's source contains, with every rendering recorded for the same Chinese. */
  termsIn(id: number): Term[] {
    const sources = new Set(this.termMatchesOf(id).map((match) => this.termsById.get(match.termId)?.source));
    return sources.size ? this.terms.filter((term) => sources.has(term.source)) : [];
  }

  /** The glossary terms a paragraph's translation does not follow (approved terms only: a proposal is not the glossary yet). */
  glossaryIssuesOf(id: number, target: string): GlossaryIssue[] {
    const terms = this.termsIn(id).filter((term) => term.status === "approved");
    if (terms.length === 0) return [];
    const byId = new Map(terms.map((term) => [term.id, term]));
    return checkTermConsistency(terms, target).map((issue) => ({ ...issue, term: byId.get(issue.termId)! }));
  }

  marksOf = (id: number): readonly SourceMark[] => {
    const source = this.sourceOf(id);
    const cached = this.marks.get(id);
    if (cached?.source === source) return cached.marks;
    const marks: SourceMark[] = [];
    for (const match of this.termMatchesOf(id)) {
      const term = this.termsById.get(match.termId);
      if (term) marks.push({ start: match.start, end: match.end, className: term.status === "proposed" ? "term term-proposed" : "term", termId: term.id, label: term.target, isProposed: term.status === "proposed" || undefined });
    }
    for (const mark of this.byRow.get(id) ?? []) {
      if (mark.isDetached) continue;
      const label = [mark.gloss, mark.note].filter(Boolean).join(" — ");
      marks.push({ start: mark.start, end: mark.end, className: `annotation annotation-${mark.category}`, annotationId: mark.id, label });
    }
    const key = this.queryKey ? this.keyOf(id) : null;
    if (key) marks.push(...this.findMatches(key));
    const base = marks.length ? marks : NONE;
    const result = this.review ? this.review.cache.marksOf(id, source, base, this.review.describe) : base;
    this.marks.set(id, { source, marks: result });
    return result;
  };

  private changed(): void {
    this.marks.clear();
    this.snapshot = this.takeSnapshot();
    this.listeners.notify();
  }

  private takeSnapshot(): MarksSnapshot {
    const { annotations, terms } = this;
    return {
      annotations,
      terms,
      hasNotes: (id) => this.byRow.has(id),
      sourceKeyOf: (id) => {
        const key = this.keyOf(id);
        return key ? mappedString(key) : "";
      },
    };
  }

  private indexAnnotations(): void {
    this.byRow = new Map();
    for (const mark of this.annotations) this.byRow.set(mark.segmentId, [...(this.byRow.get(mark.segmentId) ?? []), mark]);
  }

  private indexTerms(): void {
    const { toKey, terms } = this;
    // Approved terms before proposals, then preferred renderings before forbidden ones: the first wins
    // when two terms share their Chinese.
    const rank = (term: Term) => (term.status === "proposed" ? 2 : 0) + (term.usage === "forbidden" ? 1 : 0);
    const ordered = [...terms].sort((a, b) => rank(a) - rank(b));
    this.termIndex = toKey && terms.length ? buildTermIndex(ordered.map((term) => ({ id: term.id, key: mappedString(toKey(term.source)) }))) : null;
    this.termsById = new Map(terms.map((term) => [term.id, term]));
    this.termMatches.clear();
  }

  private termMatchesOf(id: number): readonly TermMatch[] {
    if (!this.termIndex) return NO_TERMS;
    const source = this.sourceOf(id);
    const cached = this.termMatches.get(id);
    if (cached?.source === source) return cached.matches;
    const key = this.keyOf(id);
    const matches = key ? findTermMatches(this.termIndex, key) : NO_TERMS;
    this.termMatches.set(id, { source, matches });
    return matches;
  }

  private findMatches(key: MappedText): SourceMark[] {
    const found: SourceMark[] = [];
    const query = [...this.queryKey];
    for (let i = 0; i + query.length <= key.chars.length; i++) {
      if (query.every((char, j) => key.chars[i + j] === char)) {
        found.push({ start: key.from[i], end: key.to[i + query.length - 1], className: "find-match" });
        i += query.length - 1;
      }
    }
    return found;
  }

  private sourceOf(id: number): string {
    return this.store.row(id)?.segment.source ?? "";
  }

  private keyOf(id: number): MappedText | null {
    const source = this.sourceOf(id);
    const cached = this.keys.get(id);
    if (cached?.source === source) return cached.key;
    if (!this.toKey) return null;
    const key = this.toKey(source);
    this.keys.set(id, { source, key });
    return key;
  }
}
