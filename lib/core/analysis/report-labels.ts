import type { SegmentStatus } from "../model";
import type { MatchBand } from "./match-bands";

/** The words of the CSV and the printable report, in the reader's language (the app's messages fill them in). */
export type ReportLabels = {
  /** The report's heading, e.g. "Analysis and quote". */
  heading: string;
  /** The line under the heading: the date and the analysis unit, already worded. */
  subtitle: string;
  /** That Han characters are the pricing unit (a sentence). */
  pricingNote: string;
  documentsHeading: string;
  countsHeading: string;
  matchesHeading: string;
  quoteHeading: string;
  id: string;
  title: string;
  han: string;
  characters: string;
  englishWords: string;
  paragraphs: string;
  sentences: string;
  hanLeft: string;
  total: string;
  match: string;
  /** The segments column: "Paragraphs" or "Sentences", after the unit analysed. */
  segments: string;
  share: string;
  weight: string;
  weightedHan: string;
  rate: string;
  amount: string;
  currency: string;
  status: string;
  statuses: Record<SegmentStatus, string>;
  bands: Record<MatchBand, string>;
};
