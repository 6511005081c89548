import "server-only";
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat, type ExportOptions } from "@/lib/core/formats/export-data";
import { safeFileName } from "@/lib/core/formats/file-name";
import { prepareExport } from "@/lib/core/formats/prepare-export";
import { writeExport, type ExportFile } from "@/lib/core/formats/write-export";
import packageJson from "@/package.json";
import { getExportData } from "./export";

/** The application's version, stamped into exported files. */
export const TOOL_VERSION: string = packageJson.version;

export type NamedExport = ExportFile & { fileName: string; title: string; paragraphs: number };

/** One document written in one format with the given options, and a file name made from its title; throws NOT_FOUND. */
export async function exportDocument(input: { documentId: number; format: ExportFormat; options?: Partial<ExportOptions>; now?: Date }): Promise<NamedExport> {
  const options = { ...DEFAULT_EXPORT_OPTIONS, ...input.options };
  const data = await prepareExport(await getExportData({ documentId: input.documentId }), options);
  const file = await writeExport(data, input.format, options, { now: input.now ?? new Date(), toolVersion: TOOL_VERSION });
  return { ...file, fileName: safeFileName(data.document.title, file.extension), title: data.document.title, paragraphs: data.segments.length };
}
