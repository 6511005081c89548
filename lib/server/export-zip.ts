import "server-only";
import { strToU8, zipSync } from "fflate";
import type { ExportFormat, ExportOptions } from "@/lib/core/formats/export-data";
import { exportDocument } from "./export-document";

/** Several documents in one format, zipped; names made unique with " (2)", " (3)"…; throws NOT_FOUND for a missing id. */
export async function exportDocumentsZip(input: { documentIds: number[]; format: ExportFormat; options?: Partial<ExportOptions> }): Promise<Uint8Array> {
  const now = new Date();
  const files: Record<string, Uint8Array> = {};
  for (const documentId of input.documentIds) {
    const file = await exportDocument({ documentId, format: input.format, options: input.options, now });
    let name = file.fileName;
    for (let n = 2; Object.hasOwn(files, name); n++) name = file.fileName.replace(/(\.[^.]+)$/, ` (${n})$1`);
    files[name] = typeof file.body === "string" ? strToU8(file.body) : file.body;
  }
  return zipSync(files, { level: 6, mtime: now });
}
