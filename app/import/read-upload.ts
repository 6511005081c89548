import "server-only";
import { checkImportSize, type ImportSource } from "@/lib/core/import/prepare-import";
import { runParseTask } from "@/lib/server/run-parse-task";

/** An uploaded file as an import source (refused before reading when over the size limit), read in a worker. */
export async function readUpload(file: File, encoding?: string): Promise<ImportSource> {
  checkImportSize(file.size);
  return runParseTask("readImportSource", [{ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, encoding }]);
}
