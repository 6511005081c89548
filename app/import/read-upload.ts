import "server-only";
import { checkImportSize, type ImportSource } from "@/lib/core/import/prepare-import";
import { readImportSource } from "@/lib/core/import/read-import-source";

/** An uploaded file as an import source (refused before reading when over the size limit). */
export async function readUpload(file: File, encoding?: string): Promise<ImportSource> {
  checkImportSize(file.size);
  return readImportSource({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, encoding });
}
