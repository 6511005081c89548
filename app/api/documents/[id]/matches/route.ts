import { z } from "zod";
import { findMemoryMatches } from "@/lib/server/memory";
import { defineRead } from "@/app/_lib/define-read";
import { authorizeDocument } from "@/lib/server/auth/authorize";

const ZId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** GET /api/documents/ID/matches?segment=SID: memory matches for a paragraph of the document. */
export const GET = defineRead("memoryMatches", z.object({ id: ZId, segment: ZId }), async ({ id, segment }, user) =>
  findMemoryMatches({ documentId: await authorizeDocument(user, id, "read"), segmentId: segment }),
);
