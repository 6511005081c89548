import type { LiveActor, PresenceEntry } from "@/lib/core/live/live-event";
import { peopleByParagraph, peopleHere, Presence } from "@/lib/core/live/presence";
import { Listeners } from "./listeners";

/** What a row shows of other people: who has the cursor in it, who last changed it elsewhere ("" for someone without a name). */
export type RowLive = { people: readonly LiveActor[]; changedBy: string | null };
/** What the editor's live bar shows. */
export type LiveBar = { people: readonly LiveActor[]; isPresenceOn: boolean; isRestructured: boolean };

const NOBODY: RowLive = { people: [], changedBy: null };

/**
 * The editor's view of other people on the document, outside React like EditorStore: presence from the
 * live stream (expiring as on the server), who changed which paragraph, and whether the paragraphs
 * changed shape elsewhere. Rows read their own part; a row's snapshot changes only when its part does.
 */
export class LiveStore {
  private presence = new Presence();
  private changedBy = new Map<number, string>();
  private rows = new Map<number, RowLive>();
  private bar: LiveBar = { people: [], isPresenceOn: false, isRestructured: false };
  private listeners = new Listeners();

  constructor(readonly clientId: string) {}

  subscribe = this.listeners.subscribe;
  getBar = (): LiveBar => this.bar;
  row = (id: number): RowLive => this.rows.get(id) ?? NOBODY;
  get isPresenceOn(): boolean {
    return this.bar.isPresenceOn;
  }

  /** A (re)connection's greeting: who is here now. */
  hello(entries: readonly PresenceEntry[], isPresenceOn: boolean, now: number): void {
    this.presence = new Presence();
    for (const entry of entries) this.presence.apply(entry);
    this.bar = { ...this.bar, isPresenceOn };
    this.rebuild(now);
  }

  applyPresence(entry: PresenceEntry, isLeaving: boolean, now: number): void {
    this.presence.apply(entry, isLeaving);
    this.rebuild(now);
  }

  /** Forgets whoever stopped reporting. */
  tick(now: number): void {
    this.rebuild(now);
  }

  /** Paragraphs someone else saved: their rows say who. */
  markChanged(ids: readonly number[], name: string, now: number): void {
    for (const id of ids) this.changedBy.set(id, name);
    this.rebuild(now);
  }

  markRestructured(): void {
    if (this.bar.isRestructured) return;
    this.bar = { ...this.bar, isRestructured: true };
    this.listeners.notify();
  }

  private rebuild(now: number): void {
    const entries = this.presence.current(now);
    const byParagraph = peopleByParagraph(entries, this.clientId);
    const next = new Map<number, RowLive>();
    for (const id of new Set([...byParagraph.keys(), ...this.changedBy.keys()])) {
      const fresh: RowLive = { people: byParagraph.get(id) ?? [], changedBy: this.changedBy.get(id) ?? null };
      const kept = this.rows.get(id);
      next.set(id, kept && sameRow(kept, fresh) ? kept : fresh);
    }
    const people = peopleHere(entries, this.clientId);
    const isSame = next.size === this.rows.size && [...next].every(([id, row]) => this.rows.get(id) === row) && sameActors(people, this.bar.people);
    if (isSame) return;
    this.rows = next;
    if (!sameActors(people, this.bar.people)) this.bar = { ...this.bar, people };
    this.listeners.notify();
  }
}

const sameActors = (a: readonly LiveActor[], b: readonly LiveActor[]) => a.length === b.length && a.every((actor, i) => actor.id === b[i]!.id && actor.name === b[i]!.name);
const sameRow = (a: RowLive, b: RowLive) => a.changedBy === b.changedBy && sameActors(a.people, b.people);

/** An id for this browser tab's editor (crypto.randomUUID needs a secure context, which a team server on plain HTTP is not). */
export function newClientId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
