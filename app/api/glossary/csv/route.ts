import { glossaryToCsv } from "@/lib/core/formats/to-csv";
import { findTerms } from "@/lib/server/glossary";

export const dynamic = "force-dynamic";

/** The global glossary as CSV (UTF-8 with a BOM and a header), for download. */
export async function GET(): Promise<Response> {
  return new Response(glossaryToCsv(await findTerms()), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="duizhao-glossary.csv"' },
  });
}
