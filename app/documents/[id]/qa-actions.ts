"use server";
import { z } from "zod";
import { ignoreQaFinding, unignoreQaFinding } from "@/lib/server/qa";
import { defineAction } from "@/app/_lib/define-action";
import { ZId } from "@/app/_lib/schemas";
import { authorizeSegment } from "@/lib/server/auth/authorize";

const ZIgnore = z.object({ segmentId: ZId, key: z.string().min(1).max(500), isIgnored: z.boolean() });

/** Ignores a QA warning on a paragraph (remembered), or takes the ignore back. */
export const setQaIgnoredAction = defineAction("setQaIgnoredAction", ZIgnore, async ({ segmentId, key, isIgnored }, user) => {
  await authorizeSegment(user, segmentId, "edit");
  await (isIgnored ? ignoreQaFinding({ segmentId, key }) : unignoreQaFinding({ segmentId, key }));
  return null;
});
