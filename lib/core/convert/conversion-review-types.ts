// The conversion review's vocabulary (issue 8), shared by lib/core/convert, lib/server, the editor and `duizhao check`.

/** A character or word whose conversion had alternatives, or a wrong-script leftover in the stored source. */
export type ConversionFinding = {
  kind: "ambiguous" | "leftover";
  /** Code points into the paragraph source, half-open. */
  start: number;
  end: number;
  /** The text at [start, end) as the view shows it now. */
  shown: string;
  /** The choices, the one OpenCC (or an override) picked first; each with a short dictionary sense. */
  options: { text: string; hint: string }[];
};

/** A translator's choice for a document (shape decided by the conversion review work). */
export type ConversionOverride = { id: number; documentId: number; from: string; to: string; segmentId: number | null; start: number | null };
