import type { MatchKey } from "@/lib/core/convert/match-key";
import { mappedString, type MappedText } from "@/lib/core/convert/mapped-text";
import type { AnnotationMark } from "@/lib/core/model";
import type { EditorStore } from "./editor-store";
import type { SourceMark } from "./source-text";

const NONE: readonly SourceMark[] = [];

/**
 * What each row highlights in its source: annotations, and matches of the find query (found in the
 * match key, drawn back on the source through its map). Cached, so rows keep their props between
 * renders and a 10,000-paragraph search computes each key once.
 */
export class RowMarks {
  private byRow = new Map<number, AnnotationMark[]>();
  private annotations: AnnotationMark[] | null = null;
  private toKey: MatchKey | null = null;
  private queryKey = "";
  private keys = new Map<number, { source: string; key: MappedText }>();
  private marks = new Map<number, { source: string; marks: readonly SourceMark[] }>();

  constructor(private readonly store: EditorStore) {}

  /** Takes the current inputs; returns true when marks must be drawn again. */
  configure(annotations: AnnotationMark[], toKey: MatchKey | null, queryKey: string): boolean {
    if (annotations === this.annotations && toKey === this.toKey && queryKey === this.queryKey) return false;
    if (annotations !== this.annotations) {
      this.byRow = new Map();
      for (const mark of annotations) this.byRow.set(mark.segmentId, [...(this.byRow.get(mark.segmentId) ?? []), mark]);
    }
    if (toKey !== this.toKey) this.keys.clear();
    [this.annotations, this.toKey, this.queryKey] = [annotations, toKey, queryKey];
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

  marksOf(id: number): readonly SourceMark[] {
    const source = this.sourceOf(id);
    const cached = this.marks.get(id);
    if (cached?.source === source) return cached.marks;
    const marks: SourceMark[] = (this.byRow.get(id) ?? []).map((mark) => ({
      start: mark.start,
      end: mark.end,
      className: `annotation annotation-${mark.category}`,
    }));
    const key = this.queryKey ? this.keyOf(id) : null;
    if (key) marks.push(...this.findMatches(key));
    const result = marks.length ? marks : NONE;
    this.marks.set(id, { source, marks: result });
    return result;
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
