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
  /** The stored source at [start, end): what an override of this finding names as `from`. */
  source?: string;
  /** The override applied here, if any. */
  overrideId?: number | null;
};

/**
 * Where an override applies. "original": `to` replaces `from` in the source before conversion (a
 * wrong-script leftover fixed in the source's own script), so every view and export sees it.
 * "hans" / "hant": `to` replaces the conversion of `from` in views of that script (an ambiguous pick).
 */
export const OVERRIDE_SCRIPTS = ["original", "hans", "hant"] as const;
export type OverrideScript = (typeof OVERRIDE_SCRIPTS)[number];

/**
 * A translator's choice for a document. segmentId null: every occurrence in the document where the
 * review finds the same `from` (kind given by `script`); segmentId and start set: that one occurrence.
 */
export type ConversionOverride = {
  id: number;
  documentId: number;
  from: string;
  to: string;
  segmentId: number | null;
  start: number | null;
  script: OverrideScript;
};

/** The finding kind an override of a given script resolves. */
export function kindOfOverride(script: OverrideScript): ConversionFinding["kind"] {
  return script === "original" ? "leftover" : "ambiguous";
}
