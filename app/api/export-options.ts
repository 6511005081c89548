import "server-only";
import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_SCOPES, TEXT_LAYOUTS } from "@/lib/core/formats/export-data";
import { SCRIPT_VIEWS } from "@/lib/core/model";

/** The query of an export download: format and options, with the defaults of DEFAULT_EXPORT_OPTIONS. */
export const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  script: z.enum(SCRIPT_VIEWS).default("original"),
  scope: z.enum(EXPORT_SCOPES).default("all"),
  // A checkbox sends "on" when ticked and nothing otherwise; links may send 0/1.
  annotations: z.enum(["on", "1", "0", "off"]).optional(),
  layout: z.enum(TEXT_LAYOUTS).default("target"),
  prefill: z.enum(["on", "1", "0", "off"]).optional(),
});

/** Parses an export query (unknown values are refused) into the format and ExportOptions. */
export function parseExportQuery(params: URLSearchParams) {
  const query = ZExportQuery.safeParse(Object.fromEntries(params));
  if (!query.success) return null;
  const { format, script, scope, annotations, layout, prefill } = query.data;
  const isOn = (value: string | undefined) => value === "on" || value === "1";
  return { format, options: { script, scope, hasAnnotations: isOn(annotations), textLayout: layout, isTargetPrefilled: isOn(prefill) } };
}
