import type { SourceFormat } from "./prepare-import";

/** What the browser needs to preview the cleanup of an uploaded file: its text and how it was read. */
export type SourcePreview = {
  text: string;
  format: SourceFormat;
  encoding: string;
  detected: { encoding: string; confidence: number } | null;
  /** Characters the chosen encoding could not decode (U+FFFD): a hint that the encoding is wrong. */
  replacementCount: number;
  title: string | null;
};
