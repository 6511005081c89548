import { isDomainError } from "@/lib/core/errors";
import { contentDisposition } from "@/lib/core/formats/file-name";
import { exportDocument } from "@/lib/server/export-document";
import { parseExportQuery } from "@/app/api/export-options";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { refusalResponse } from "@/lib/server/auth/refusal-response";

export const dynamic = "force-dynamic";

/** GET /api/documents/ID/export?format=tmx&script=hans&scope=translated&annotations=on&layout=target&prefill=on — one document as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const id = Number((await params).id);
  const query = parseExportQuery(new URL(request.url).searchParams);
  if (!Number.isSafeInteger(id) || id <= 0 || !query) return Response.json({ code: "INVALID_INPUT" }, { status: 400 });
  try {
    const file = await exportDocument({ documentId: await authorizeDocument(await requireUser(), id, "read"), format: query.format, options: query.options });
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: { "Content-Type": file.mimeType, "Content-Disposition": contentDisposition(file.fileName), "Cache-Control": "no-store" },
    });
  } catch (error) {
    const refusal = refusalResponse(error);
    if (refusal) return refusal;
    if (isDomainError(error) && error.code === "NOT_FOUND") return Response.json({ code: "NOT_FOUND" }, { status: 404 });
    throw error;
  }
}
