import { toTermsCsv } from "@/lib/core/glossary/terms-csv";
import { findTerms } from "@/lib/server/glossary";

export const dynamic = "force-dynamic";

/** The global glossary as CSV (UTF-8 with a header), for download. */
export async function GET(): Promise<Response> {
  const csv = toTermsCsv(await findTerms());
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="duizhao-glossary.csv"' },
  });
}
