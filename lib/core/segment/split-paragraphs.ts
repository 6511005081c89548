import type { NewSegment } from "../model";
import { segmentText } from "./segment-text";

/** Splits text into paragraphs, one per non-blank line, trimmed, each with a kind. */
export function splitParagraphs(text: string): NewSegment[] {
  return segmentText(text).map(({ kind, text: source }) => ({ kind, source }));
}
