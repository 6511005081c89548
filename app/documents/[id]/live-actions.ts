"use server";
import { z } from "zod";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { reportPresence } from "@/lib/server/live/presence-registry";
import { defineAction } from "@/app/_lib/define-action";
import { ZClientId, ZId } from "@/app/_lib/schemas";

/**
 * An open editor says which paragraph has its cursor (every few seconds, and when it moves); reading the
 * document is enough. Leaving needs no call: the tab's live stream closing says it (the live route).
 * Local mode has one person: nothing is kept.
 */
export const reportPresenceAction = defineAction(
  "reportPresenceAction",
  z.object({ documentId: ZId, clientId: ZClientId, segmentId: ZId.nullable() }),
  async ({ documentId, clientId, segmentId }, user) => {
    await authorizeDocument(user, documentId, "read");
    if (!user.isLocal) reportPresence({ documentId, clientId, segmentId, user: { id: user.id, name: user.name || user.email } });
    return null;
  },
);
