import { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import { findSegments, findSegmentVersions } from "@/lib/server/segment-versions";
import { refuseStranger } from "@/lib/server/auth/refuse-stranger";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { refusalResponse } from "@/lib/server/auth/refusal-response";

export const dynamic = "force-dynamic";

const ZId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ZIds = z
  .string()
  .regex(/^\d+(,\d+){0,199}$/)
  .transform((value) => value.split(",").map(Number));
const NO_STORE = { "Cache-Control": "no-store" };

/** GET /api/documents/ID/segments: each paragraph's [id, version]; ?ids=1,2,3 (up to 200): those paragraphs in full. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const refusal = await refuseStranger();
  if (refusal) return refusal;
  const id = ZId.safeParse((await params).id);
  const idsParam = new URL(request.url).searchParams.get("ids");
  const ids = idsParam === null ? null : ZIds.safeParse(idsParam);
  if (!id.success || (ids && !ids.success)) return Response.json({ code: "INVALID_INPUT" }, { status: 400, headers: NO_STORE });
  try {
    await authorizeDocument(await requireUser(), id.data, "read");
    const body = ids?.data ? { segments: await findSegments({ documentId: id.data, ids: ids.data }) } : { versions: await findSegmentVersions({ documentId: id.data }) };
    return Response.json(body, { headers: NO_STORE });
  } catch (error) {
    const refusal = refusalResponse(error, NO_STORE);
    if (refusal) return refusal;
    if (isDomainError(error) && error.code === "NOT_FOUND") return Response.json({ code: "NOT_FOUND" }, { status: 404, headers: NO_STORE });
    throw error;
  }
}
