import { toTbx } from "@/lib/core/formats/to-tbx";
import { TOOL_VERSION } from "@/lib/server/export-document";
import { findTerms } from "@/lib/server/glossary";

export const dynamic = "force-dynamic";

/** The global glossary as TBX-Basic, for download. */
export async function GET(): Promise<Response> {
  const tbx = toTbx(await findTerms(), { now: new Date(), toolVersion: TOOL_VERSION, sourceLang: "zh", targetLang: "en" });
  return new Response(tbx, {
    headers: { "content-type": "application/x-tbx+xml; charset=utf-8", "content-disposition": 'attachment; filename="duizhao-glossary.tbx"' },
  });
}
