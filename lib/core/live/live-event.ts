// What an open editor hears about its document (GET /api/documents/ID/live): paragraphs saved elsewhere
// (ids and versions only: the editor reads the rows it needs, so an event stays small enough for a
// PostgreSQL NOTIFY), a structural change that needs a reload, a paragraph's comments changed, and who is
// on which paragraph.

/** Who made a change or is present: a user's id and the name to show ("" in local mode). */
export type LiveActor = { id: string; name: string };

/** A paragraph as it now is on the server: the editor reads it again when its version is newer than its own. */
export type LiveChange = { id: number; version: number };

/** One open editor (a browser tab) and the paragraph it has the cursor in; `at` is when it last said so (ms). */
export type PresenceEntry = { clientId: string; user: LiveActor; segmentId: number | null; at: number };

export type LiveEvent =
  /** Paragraphs saved (a save, a batch, an undo, a pre-translation, a lock or unlock); `kind` names the change. */
  | { type: "segments"; documentId: number; kind: string; by: LiveActor; segments: LiveChange[] }
  /** Paragraphs were split, joined, re-cleaned or imported: the editor's rows no longer match. */
  | { type: "reload"; documentId: number; by: LiveActor }
  /** A comment on the paragraph was added, answered, changed, deleted, resolved or reopened: its count and threads are read again. */
  | { type: "comments"; documentId: number; segmentId: number; by: LiveActor }
  /** An editor's paragraph, or (segmentId null and `isLeaving`) that it closed. */
  | { type: "presence"; documentId: number; entry: PresenceEntry; isLeaving?: boolean };

/** What the live route sends besides bus events. */
export type LiveStreamEvent =
  | LiveEvent
  /** First on every connection: who is here now; without accounts (local mode) there is no presence to show or report. */
  | { type: "hello"; presence: PresenceEntry[]; isPresenceOn: boolean }
  /** Events may have been missed (the bus reconnected): compare versions again. */
  | { type: "resync" }
  | { type: "heartbeat" };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isActor = (value: unknown): value is LiveActor => isObject(value) && typeof value.id === "string" && typeof value.name === "string";

function isPresenceEntry(value: unknown): value is PresenceEntry {
  return isObject(value) && typeof value.clientId === "string" && isActor(value.user) && (value.segmentId === null || isId(value.segmentId)) && typeof value.at === "number";
}

/** A bus payload as a LiveEvent, or null for anything else (another version's payload, a stray NOTIFY). */
export function parseLiveEvent(json: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value) || !isId(value.documentId)) return null;
  switch (value.type) {
    case "segments":
      return typeof value.kind === "string" && isActor(value.by) && Array.isArray(value.segments) && value.segments.every((s) => isObject(s) && isId(s.id) && Number.isSafeInteger(s.version))
        ? (value as LiveEvent)
        : null;
    case "reload":
      return isActor(value.by) ? (value as LiveEvent) : null;
    case "comments":
      return isActor(value.by) && isId(value.segmentId) ? (value as LiveEvent) : null;
    case "presence":
      return isPresenceEntry(value.entry) ? (value as LiveEvent) : null;
    default:
      return null;
  }
}

/**
 * The event as JSON payloads of at most `maxBytes` (UTF-8) each: a batch of many paragraphs becomes
 * several "segments" events. PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
 */
export function livePayloads(event: LiveEvent, maxBytes = 7_000): string[] {
  const whole = JSON.stringify(event);
  if (byteLength(whole) <= maxBytes || event.type !== "segments") return [whole];
  // Each change is at most ~40 bytes; the rest of the event is the actor's name and the kind.
  const overhead = byteLength(JSON.stringify({ ...event, segments: [] }));
  const perChunk = Math.max(1, Math.floor((maxBytes - overhead) / 40));
  const payloads: string[] = [];
  for (let i = 0; i < event.segments.length; i += perChunk) payloads.push(JSON.stringify({ ...event, segments: event.segments.slice(i, i + perChunk) }));
  return payloads;
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** The changes of several events as one list, each paragraph once at its highest version. */
export function mergeChanges(changes: Iterable<LiveChange>): LiveChange[] {
  const latest = new Map<number, number>();
  for (const { id, version } of changes) latest.set(id, Math.max(version, latest.get(id) ?? -1));
  return [...latest].map(([id, version]) => ({ id, version }));
}
