import type { MatchKey } from "@/lib/core/convert/match-key";
import { mappedString, type MappedText } from "@/lib/core/convert/mapped-text";
import { buildTermIndex, findTermMatches, type TermIndex, type TermMatch } from "@/lib/core/glossary/find-term-matches";
import type { AnnotationMark, Term } from "@/lib/core/model";
import type { EditorStore } from "./editor-store";
import type { SourceMark } from "./source-text";

const NONE: readonly SourceMark[] = [];
const NO_TERMS: readonly TermMatch[] = [];

/**
 * What each row highlights in its source: annotations, glossary terms (found with one Aho–Corasick
 * pass over the match key) and matches of the find query (found in the match key, drawn back on the
 * source through its map). Cached, so rows keep their props between renders and a 10,000-paragraph
 * search computes each key once.
 */
export class RowMarks {
  private byRow = new Map<number, AnnotationMark[]>();
  private annotations: AnnotationMark[] | null = null;
  private toKey: MatchKey | null = null;
  private queryKey = "";
  private terms: Term[] | null = null;
  private termsById = new Map<number, Term>();
  private termIndex: TermIndex | null = null;
  private keys = new Map<number, { source: string; key: MappedText }>();
  private marks = new Map<number, { source: string; marks: readonly SourceMark[] }>();
  private termMatches = new Map<number, { source: string; matches: readonly TermMatch[] }>();

  constructor(private readonly store: EditorStore) {}

  /** Takes the current inputs; returns true when marks must be drawn again. */
  configure(annotations: AnnotationMark[], toKey: MatchKey | null, queryKey: string, terms: Term[]): boolean {
    if (annotations === this.annotations && toKey === this.toKey && queryKey === this.queryKey && terms === this.terms) return false;
    if (annotations !== this.annotations) {
      this.byRow = new Map();
      for (const mark of annotations) this.byRow.set(mark.segmentId, [...(this.byRow.get(mark.segmentId) ?? []), mark]);
    }
    if (toKey !== this.toKey) this.keys.clear();
    if (toKey !== this.toKey || terms !== this.terms) {
      // Preferred renderings first, so that they win when two terms share their Chinese.
      const ordered = [...terms].sort((a, b) => Number(a.usage === "forbidden") - Number(b.usage === "forbidden"));
      this.termIndex = toKey && terms.length ? buildTermIndex(ordered.map((term) => ({ id: term.id, key: mappedString(toKey(term.source)) }))) : null;
      this.termsById = new Map(terms.map((term) => [term.id, term]));
      this.termMatches.clear();
    }
    [this.annotations, this.toKey, this.queryKey, this.terms] = [annotations, toKey, queryKey, terms];
    this.marks.clear();
    return true;
  }

  hasNotes(id: number): boolean {
    return this.byRow.has(id);
  }

  /** The source's match key as a string ("" until the key is loaded). */
  sourceKeyOf(id: number): string {
    const key = this.keyOf(id);
    return key ? mappedString(key) : "";
  }

  term(termId: number): Term | undefined {
    return this.termsById.get(termId);
  }

  /** The glossary terms a paragraph's source contains, with every rendering recorded for the same Chinese. */
  termsIn(id: number): Term[] {
    const sources = new Set(this.termMatchesOf(id).map((match) => this.termsById.get(match.termId)?.source));
    return sources.size ? (this.terms ?? []).filter((term) => sources.has(term.source)) : [];
  }

  marksOf(id: number): readonly SourceMark[] {
    const source = this.sourceOf(id);
    const cached = this.marks.get(id);
    if (cached?.source === source) return cached.marks;
    const marks: SourceMark[] = [];
    for (const match of this.termMatchesOf(id)) {
      const term = this.termsById.get(match.termId);
      if (term) marks.push({ start: match.start, end: match.end, className: "term", termId: term.id, label: term.target });
    }
    for (const mark of this.byRow.get(id) ?? []) {
      if (mark.isDetached) continue;
      const label = [mark.gloss, mark.note].filter(Boolean).join(" — ");
      marks.push({ start: mark.start, end: mark.end, className: `annotation annotation-${mark.category}`, annotationId: mark.id, label });
    }
    const key = this.queryKey ? this.keyOf(id) : null;
    if (key) marks.push(...this.findMatches(key));
    const result = marks.length ? marks : NONE;
    this.marks.set(id, { source, marks: result });
    return result;
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
