import type { ConversionFinding, ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { ConversionReviewer, ReviewedParagraph } from "@/lib/core/convert/review-conversion";
import type { SourceScript } from "@/lib/core/model";
import type { SourceMark } from "./source-text";
import type { SourceView } from "./use-source-view";

const NONE: readonly SourceMark[] = [];

/**
 * Each paragraph reviewed when it is drawn, the result kept until its source changes (one cache per
 * view and set of overrides), so only visible rows cost anything (about 4 ms for a screen of 20).
 */
export class ReviewCache {
  private results = new Map<number, { source: string; result: ReviewedParagraph }>();
  private marks = new Map<number, { base: readonly SourceMark[]; source: string; marks: readonly SourceMark[] }>();

  constructor(
    private readonly reviewer: ConversionReviewer,
    private readonly script: SourceScript,
    private readonly view: SourceView["view"],
    private readonly overrides: readonly ConversionOverride[],
  ) {}

  reviewed(segmentId: number, source: string): ReviewedParagraph {
    const cached = this.results.get(segmentId);
    if (cached?.source === source) return cached.result;
    const result = this.reviewer(source, this.script, { view: this.view, overrides: this.overrides, segmentId });
    this.results.set(segmentId, { source, result });
    return result;
  }

  marksOf(segmentId: number, source: string, base: readonly SourceMark[], label: (finding: ConversionFinding) => string): readonly SourceMark[] {
    const cached = this.marks.get(segmentId);
    if (cached?.source === source && cached.base === base) return cached.marks;
    const { findings } = this.reviewed(segmentId, source);
    const marks = findings.length
      ? [
          ...base,
          ...findings.map((finding, index) => ({
            start: finding.start,
            end: finding.end,
            className: `conversion conversion-${finding.kind}${finding.overrideId ? " conversion-chosen" : ""}`,
            label: label(finding),
            conversion: index,
          })),
        ]
      : base;
    this.marks.set(segmentId, { base, source, marks: marks.length ? marks : NONE });
    return marks;
  }
}
