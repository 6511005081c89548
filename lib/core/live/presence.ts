import type { LiveActor, PresenceEntry } from "./live-event";

/** An editor that has not reported for this long has gone (closed without saying so, or lost its network). */
export const PRESENCE_TTL_MS = 30_000;
/** How often an open editor says it is still there. */
export const PRESENCE_HEARTBEAT_MS = 10_000;

/**
 * Who is on a document, by editor (browser tab): entries arrive from this process and others (through
 * the live bus); an entry older than PRESENCE_TTL_MS no longer counts.
 */
export class Presence {
  /** By user and tab: a tab's id comes from the browser, so one user's report never replaces another's. */
  private entries = new Map<string, PresenceEntry>();

  /** Takes an entry (or its leaving); an older report than the one kept is ignored. */
  apply(entry: PresenceEntry, isLeaving = false): void {
    const key = `${entry.user.id}\n${entry.clientId}`;
    const kept = this.entries.get(key);
    if (kept && kept.at > entry.at) return;
    if (isLeaving) this.entries.delete(key);
    else this.entries.set(key, entry);
  }

  /** The editors still here at `now`, the oldest arrival first; expired ones are forgotten. */
  current(now: number): PresenceEntry[] {
    for (const [key, entry] of this.entries) if (now - entry.at > PRESENCE_TTL_MS) this.entries.delete(key);
    return [...this.entries.values()];
  }

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }
}

/** The people here, each once (a person with two tabs open is one), leaving out `exceptClientId`'s tab. */
export function peopleHere(entries: readonly PresenceEntry[], exceptClientId: string): LiveActor[] {
  const people = new Map<string, LiveActor>();
  for (const entry of entries) if (entry.clientId !== exceptClientId && !people.has(entry.user.id)) people.set(entry.user.id, entry.user);
  return [...people.values()];
}

/** Paragraph id → the people with the cursor in it (other tabs than `exceptClientId`). */
export function peopleByParagraph(entries: readonly PresenceEntry[], exceptClientId: string): Map<number, LiveActor[]> {
  const byParagraph = new Map<number, LiveActor[]>();
  for (const entry of entries) {
    if (entry.clientId === exceptClientId || entry.segmentId === null) continue;
    const people = byParagraph.get(entry.segmentId) ?? [];
    if (!people.some((person) => person.id === entry.user.id)) people.push(entry.user);
    byParagraph.set(entry.segmentId, people);
  }
  return byParagraph;
}

/** One or two letters for a badge: the initials of the first and last words of a name (or an e-mail's local part). */
export function initialsOf(name: string): string {
  const words = name.replace(/@.*$/, "").split(/[\s._-]+/u).filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0]!;
  if (/\p{Script=Han}/u.test(first)) return first;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : "";
  return (first + last).toUpperCase();
}
