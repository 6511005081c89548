import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import { readInputFile } from "../read-input-file";

/** A review table exported from a document (`export ID --format review-docx|review-xlsx`), imported back with --into. */
export const REVIEW_EXTENSIONS = /\.(docx|xlsx)$/i;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Imports a reviewed DOCX/XLSX into document `into` and prints a summary; a refused file changes nothing. */
export async function importReviewFile({ file, into }: { file: string; into: number }): Promise<void> {
  const { runParseTask } = await import("@/lib/server/run-parse-task");
  const review = await runParseTask("parseReviewFile", [await readInputFile(file, MAX_BILINGUAL_BYTES)]);
  const { importReview } = await import("@/lib/server/review-import");
  const summary = await importReview({ documentId: into, review });
  const list = summary.changedParagraphs.length > 0 ? ` (paragraphs ${summary.changedParagraphs.join(", ")})` : "";
  console.error(`Updated ${plural(summary.changed, "paragraph")}${list} by review; ${summary.unchanged} unchanged; ${plural(summary.notes, "comment")} saved as notes.`);
  if (summary.conflicts > 0) {
    console.error(
      `Conflicts: ${summary.conflicts} (${plural(summary.conflicts, "paragraph").replace(/^\d+ /, "")} ${summary.conflictParagraphs.join(", ")}) changed since the file was exported; ` +
        "the newer text was kept, the reviewer's text is in the history as refused.",
    );
  }
}
