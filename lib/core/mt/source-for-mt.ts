import { identityMapped, mappedString, toViewRange, type MappedText } from "../convert/mapped-text";
import type { ViewConverter } from "../convert/load-view-converter";
import type { MtAnnotation, MtRequest, MtSourceScript } from "./mt-types";

/** A request's texts in the script sent, with the annotations' offsets moved into the sent text. */
export type SentRequest = Omit<MtRequest, "annotations"> & { annotations: (MtAnnotation & { quote: string })[] };

/**
 * The request as it is sent: as stored, or every text converted to Simplified ("hans"). Annotation
 * offsets are code points of the stored source; the converter's map moves them into the converted text,
 * widened to whole converted phrases, and the quote is read there.
 */
export function sourceForMt(request: MtRequest, script: MtSourceScript, toSimplified: ViewConverter): SentRequest {
  const convert = script === "hans" ? toSimplified : identityMapped;
  const mapped: MappedText = convert(request.source);
  const chars = mapped.chars;
  return {
    ...request,
    source: mappedString(mapped),
    previous: mappedString(convert(request.previous)),
    next: mappedString(convert(request.next)),
    terms: request.terms.map((term) => ({ ...term, source: mappedString(convert(term.source)) })),
    annotations: request.annotations.map((annotation) => {
      const [start, end] = toViewRange(mapped, annotation.start, annotation.end);
      return { ...annotation, start, end, quote: chars.slice(start, end).join("") };
    }),
  };
}
