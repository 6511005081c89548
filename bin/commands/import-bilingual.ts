import { readBilingualFile } from "../read-bilingual-file";

/** XLIFF and TMX files are imported with their translations rather than cleaned as text. */
export const BILINGUAL_EXTENSIONS = /\.(xlf|xliff|tmx)$/i;

/** Imports an XLIFF or TMX file: a new document (prints its id), or into an existing one (prints a summary). */
export async function importBilingual({ file, fileName, into }: { file: string; fileName: string; into?: number }): Promise<void> {
  const { runParseTask } = await import("@/lib/server/run-parse-task");
  const parsed = await runParseTask("parseBilingual", [await readBilingualFile(file)]);
  const { createDocumentFromBilingual, importTranslations } = await import("@/lib/server/bilingual-import");
  if (into === undefined) {
    const { id, translated } = await createDocumentFromBilingual({ parsed, fileName });
    process.stdout.write(`${id}\n`);
    console.error(`Imported "${fileName}" (${parsed.format}): ${parsed.units.length} paragraphs, ${translated} translated`);
    return;
  }
  const summary = await importTranslations({ documentId: into, units: parsed.units });
  const list = summary.changedParagraphs.length > 0 ? ` (paragraphs ${summary.changedParagraphs.join(", ")})` : "";
  console.error(
    `Updated ${summary.changed} paragraph${summary.changed === 1 ? "" : "s"}${list}; ${summary.unchanged} unchanged; ` +
      `${summary.unmatched} unit${summary.unmatched === 1 ? "" : "s"} of the file not found in document ${into} ` +
      `(matched ${summary.matchedById} by id, ${summary.matchedBySource} by source text).`,
  );
  if (summary.conflicts > 0) {
    const paragraphs = `paragraph${summary.conflicts === 1 ? "" : "s"} ${summary.conflictParagraphs.join(", ")}`;
    console.error(
      `Conflicts: ${summary.conflicts} (${paragraphs}) changed since the file was exported; the newer text was kept, ` +
        `the file's text is in the history as refused.`,
    );
  }
}
