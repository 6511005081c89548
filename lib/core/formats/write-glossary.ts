import type { ExportTerm, GlossaryFormat, WriteContext } from "./export-data";
import { glossaryToCsv } from "./to-csv";
import { toTbx } from "./to-tbx";
import { toTbx3 } from "./to-tbx3";

export type GlossaryDownload = { body: string; fileName: string; mimeType: string };

const LANGS = { sourceLang: "zh", targetLang: "en" };

/** The glossary in one of GLOSSARY_FORMATS, with the file name and media type to download it as. */
export function writeGlossary(terms: ExportTerm[], format: GlossaryFormat, context: WriteContext): GlossaryDownload {
  switch (format) {
    case "csv":
      return { body: glossaryToCsv(terms), fileName: "duizhao-glossary.csv", mimeType: "text/csv; charset=utf-8" };
    case "tbx":
      return { body: toTbx(terms, { ...context, ...LANGS }), fileName: "duizhao-glossary.tbx", mimeType: "application/x-tbx+xml; charset=utf-8" };
    case "tbx3":
      return { body: toTbx3(terms, { ...context, ...LANGS }), fileName: "duizhao-glossary-tbx3.tbx", mimeType: "application/x-tbx+xml; charset=utf-8" };
  }
}
