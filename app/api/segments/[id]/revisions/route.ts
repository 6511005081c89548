import { z } from "zod";
import { findRevisions } from "@/lib/server/segments";
import { defineRead } from "@/app/_lib/define-read";

/** GET /api/segments/ID/revisions: a paragraph's history, newest first. */
export const GET = defineRead("revisions", z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), ({ id }) =>
  findRevisions({ segmentId: id }),
);
