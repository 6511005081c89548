import "server-only";
import type { LiveActor, PresenceEntry } from "@/lib/core/live/live-event";
import { Presence } from "@/lib/core/live/presence";
import { observe, publish } from "./live-bus";

// Who is on which paragraph, per document, as this process knows it: every presence event on the bus
// (this process's and, on PostgreSQL, every other app server's) is kept here, so that an editor that
// connects to any server learns at once who is already there. Entries expire (PRESENCE_TTL_MS).

type Registry = { documents: Map<number, Presence>; stop: () => void };

const cache = globalThis as unknown as { duizhaoPresence?: Registry };

function registry(): Registry {
  if (cache.duizhaoPresence) return cache.duizhaoPresence;
  const documents = new Map<number, Presence>();
  const stop = observe((event) => {
    if (event.type !== "presence") return;
    const presence = documents.get(event.documentId) ?? new Presence();
    presence.apply(event.entry, event.isLeaving);
    if (presence.isEmpty) documents.delete(event.documentId);
    else documents.set(event.documentId, presence);
  });
  return (cache.duizhaoPresence = { documents, stop });
}

/** The editors open on a document now, from any app server. */
export function presenceOn(documentId: number, now = Date.now()): PresenceEntry[] {
  const presence = registry().documents.get(documentId);
  if (!presence) return [];
  const entries = presence.current(now);
  if (presence.isEmpty) registry().documents.delete(documentId);
  return entries;
}

/** An editor says where its cursor is (or that it closes): kept, and told to every other editor of the document. */
export function reportPresence(input: { documentId: number; clientId: string; user: LiveActor; segmentId: number | null; isLeaving?: boolean }): void {
  registry();
  const { documentId, clientId, user, segmentId, isLeaving = false } = input;
  publish({ type: "presence", documentId, entry: { clientId, user, segmentId: isLeaving ? null : segmentId, at: Date.now() }, ...(isLeaving ? { isLeaving } : {}) });
}

/** Starts keeping presence (a server starts it with the bus, so that it hears other servers' editors from the start). */
export function keepPresence(): void {
  registry();
}
