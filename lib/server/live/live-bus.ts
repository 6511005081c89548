import "server-only";
import { EventEmitter } from "node:events";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { livePayloads, parseLiveEvent, type LiveEvent, type LiveStreamEvent } from "@/lib/core/live/live-event";
import { isPostgresUrl, prisma } from "../db";

// The live bus: what one process publishes after a committed write reaches every open editor of the
// document, in this process and, on PostgreSQL, in every other app server on the same database.
// SQLite (one machine, usually one process): an EventEmitter. PostgreSQL: the event also goes out as a
// NOTIFY on CHANNEL, and one dedicated connection per process LISTENs (reconnecting when lost, then
// telling every open editor to compare versions again, as events may have been missed meanwhile).

const CHANNEL = "duizhao_live";
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

type Listener = (event: LiveStreamEvent) => void;

type Bus = {
  emitter: EventEmitter;
  /** Tells this process's payloads from other processes' on the shared channel. */
  origin: string;
  listening: Promise<void> | null;
  client: pg.Client | null;
  isClosed: boolean;
  /** Runs on every event from any process, before editors hear it (e.g. presence kept per process). */
  observers: Set<(event: LiveEvent) => void>;
  sending: Promise<unknown>;
};

const cache = globalThis as unknown as { duizhaoLiveBus?: Bus };

function bus(): Bus {
  return (cache.duizhaoLiveBus ??= { emitter: new EventEmitter().setMaxListeners(0), origin: randomUUID(), listening: null, client: null, isClosed: false, observers: new Set(), sending: Promise.resolve() });
}

const databaseUrl = () => process.env.DATABASE_URL ?? "";
const topic = (documentId: number) => `document:${documentId}`;

function deliver(event: LiveEvent): void {
  const state = bus();
  for (const observe of state.observers) observe(event);
  state.emitter.emit(topic(event.documentId), event);
}

/**
 * Tells every open editor of the document, on every app server, of a committed change. Never fails the
 * write it follows: a lost event costs only its delay (editors compare versions again on reconnect).
 */
export function publish(event: LiveEvent): void {
  deliver(event);
  if (!isPostgresUrl(databaseUrl())) return;
  const state = bus();
  // One after another, so that other processes hear this one's events in the order they happened.
  for (const payload of livePayloads(event)) {
    state.sending = state.sending
      .then(() => prisma.$executeRaw`SELECT pg_notify(${CHANNEL}, ${`${state.origin} ${payload}`})`)
      .catch((error: unknown) => console.error("[live] could not publish an event", error));
  }
}

/** Resolves once every event published so far has gone out (the CLI waits for it before it disconnects). */
export function sentLive(): Promise<void> {
  return bus().sending.then(() => undefined);
}

/** Hears the document's events (and, on PostgreSQL, "resync" after the bus reconnected); returns the way to stop. */
export function subscribe(documentId: number, listener: Listener): () => void {
  const { emitter } = bus();
  void startListening();
  emitter.on(topic(documentId), listener);
  emitter.on("resync", listener);
  return () => {
    emitter.off(topic(documentId), listener);
    emitter.off("resync", listener);
  };
}

/** Runs `observe` on every event of every document; returns the way to stop. */
export function observe(observer: (event: LiveEvent) => void): () => void {
  bus().observers.add(observer);
  return () => bus().observers.delete(observer);
}

/** On PostgreSQL, listens to other processes' events (once per process; resolves when listening). */
export function startListening(): Promise<void> {
  const state = bus();
  if (!isPostgresUrl(databaseUrl()) || state.isClosed) return Promise.resolve();
  return (state.listening ??= connect(state, 0));
}

async function connect(state: Bus, attempt: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(), keepAlive: true });
  const retry = () => {
    if (state.client !== client) return;
    state.client = null;
    client.end().catch(() => undefined);
    if (state.isClosed) return;
    const wait = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)];
    state.listening = new Promise((resolve) => setTimeout(resolve, wait)).then(() => connect(state, attempt + 1));
  };
  state.client = client;
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", ({ channel, payload }) => {
    if (channel !== CHANNEL || !payload) return;
    const space = payload.indexOf(" ");
    if (payload.slice(0, space) === state.origin) return;
    const event = parseLiveEvent(payload.slice(space + 1));
    if (event) deliver(event);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  } catch (error) {
    if (attempt === 0) console.error("[live] could not listen for other app servers' events; retrying", error);
    retry();
    return;
  }
  // Events sent while this process was not listening are lost: open editors compare versions again.
  if (attempt > 0) state.emitter.emit("resync", { type: "resync" });
  attempt = 0;
}

/**
 * Ends every live stream of this process: the server is stopping, and an open stream (an editor left
 * open) would keep it from stopping. The editors reconnect to whichever server answers next.
 */
export function endStreams(): void {
  bus().emitter.emit("shutdown");
}

/** Runs `listener` when the process ends its live streams; returns the way to stop. */
export function onEndStreams(listener: () => void): () => void {
  const { emitter } = bus();
  emitter.once("shutdown", listener);
  return () => void emitter.off("shutdown", listener);
}

/** Stops listening (tests, shutdown). */
export async function stopListening(): Promise<void> {
  const state = bus();
  state.isClosed = true;
  const client = state.client;
  state.client = null;
  state.listening = null;
  await client?.end().catch(() => undefined);
}

/** Allows listening again after stopListening (tests). */
export function reopenBus(): void {
  bus().isClosed = false;
}
