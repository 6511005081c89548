import { isDomainError } from "@/lib/core/errors";
import { contentDisposition } from "@/lib/core/formats/file-name";
import { exportDocumentsZip } from "@/lib/server/export-zip";
import { parseExportQuery } from "@/app/api/export-options";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocuments } from "@/lib/server/auth/authorize";
import { refusalResponse } from "@/lib/server/auth/refusal-response";

export const dynamic = "force-dynamic";

const MAX_DOCUMENTS = 200;

/** GET /api/export?id=1&id=2&format=xliff20… — several documents, one file each, in a zip. */
export async function GET(request: Request): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const params = new URL(request.url).searchParams;
  const ids = params.getAll("id").map(Number);
  params.delete("id");
  const query = parseExportQuery(params);
  if (!query || ids.length === 0 || ids.length > MAX_DOCUMENTS || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    return Response.json({ code: "INVALID_INPUT" }, { status: 400 });
  }
  try {
    const documentIds = await authorizeDocuments(await requireUser(), [...new Set(ids)], "read");
    const zip = await exportDocumentsZip({ documentIds, format: query.format, options: query.options });
    const name = `duizhao-${query.format}-${new Date().toISOString().slice(0, 10)}.zip`;
    return new Response(new Uint8Array(zip), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": contentDisposition(name), "Cache-Control": "no-store" },
    });
  } catch (error) {
    const refusal = refusalResponse(error);
    if (refusal) return refusal;
    if (isDomainError(error) && error.code === "NOT_FOUND") return Response.json({ code: "NOT_FOUND" }, { status: 404 });
    throw error;
  }
}
