import { z } from "zod";

/** The most documents one analysis takes (as many as an export of several). */
export const MAX_ANALYSIS_DOCUMENTS = 200;

/** The analysis unit of a query (`?unit=sentence`); paragraphs unless it says sentences. */
export const ZUnit = z.enum(["paragraph", "sentence"]).catch("paragraph");

/** Document ids as a query writes them, `1,2,3`: each once, in the order given. */
export const ZIds = z
  .string()
  .regex(/^\d{1,15}(,\d{1,15})*$/)
  .transform((value) => [...new Set(value.split(",").map(Number))])
  .refine((ids) => ids.length <= MAX_ANALYSIS_DOCUMENTS && ids.every((id) => Number.isSafeInteger(id) && id > 0));

/** The link of a job's CSV or printable report. */
export function reportHref(format: "csv" | "html", ids: readonly number[], unit: "paragraph" | "sentence"): string {
  const query = new URLSearchParams({ ids: ids.join(","), unit, format });
  return `/api/analysis/report?${query}`;
}
