import { GLOSSARY_FORMATS } from "@/lib/core/formats/export-data";
import { writeGlossary } from "@/lib/core/formats/write-glossary";
import { isOneOf } from "@/lib/core/model";
import { TOOL_VERSION } from "@/lib/server/export-document";
import { findTerms } from "@/lib/server/glossary";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { visibleProjectIds } from "@/lib/server/auth/authorize";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ format: string }> };

/** The glossaries the user sees (shared and their projects') as CSV, TBX-Basic 2008 (tbx) or TBX-Basic v3 (tbx3), for download. */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const { format } = await params;
  if (!isOneOf(GLOSSARY_FORMATS, format)) return new Response("Unknown glossary format", { status: 404 });
  const { body, fileName, mimeType } = writeGlossary(await findTerms({ projectIds: await visibleProjectIds(await requireUser()), status: "approved" }), format, { now: new Date(), toolVersion: TOOL_VERSION });
  return new Response(body, { headers: { "content-type": mimeType, "content-disposition": `attachment; filename="${fileName}"` } });
}
