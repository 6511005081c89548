import { spawn } from "node:child_process";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { LiveEvent, LiveStreamEvent } from "@/lib/core/live/live-event";
import { applyBatch, undoBatch } from "../batch-edits";
import { createThread, deleteComment, editComment, replyToThread, setThreadResolved } from "../comments";
import { isPostgresUrl, prisma } from "../db";
import { getDocument } from "../documents";
import { joinSegments } from "../segment-structure";
import { saveSegmentTarget } from "../segments";
import { buildDocument } from "../testing/builders";
import { withActor } from "./actor";
import { publish, startListening, stopListening, subscribe } from "./live-bus";
import { presenceOn, reportPresence } from "./presence-registry";

const databaseUrl = inject("databaseUrl");
const ana = { id: "u-ana", name: "Ana Lima" };

afterAll(() => stopListening());

/** The events the document's subscribers hear while `act` runs (and shortly after, for NOTIFY). */
async function heard(documentId: number, act: () => Promise<unknown>, settleMs = 50): Promise<LiveStreamEvent[]> {
  const events: LiveStreamEvent[] = [];
  const stop = subscribe(documentId, (event) => events.push(event));
  await startListening();
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    stop();
  }
  return events;
}

describe("the live bus in one process", () => {
  it("tells the document's subscribers of a committed save, with its version and who saved", async () => {
    const id = await buildDocument("一。\n二。");
    const other = await buildDocument("三。");
    const [first] = (await getDocument({ id })).segments;
    const events = await heard(id, () => withActor(ana, () => saveSegmentTarget({ segmentId: first.id, baseVersion: 0, target: "One.", status: "translated", clientEditId: "e1", author: "web" })));
    expect(events).toEqual([{ type: "segments", documentId: id, kind: "edit", by: ana, segments: [{ id: first.id, version: 1 }] }]);
    expect(await heard(other, () => saveSegmentTarget({ segmentId: first.id, baseVersion: 1, target: "One!", status: "translated", clientEditId: "e2", author: "web" }))).toEqual([]);
  });

  it("tells nothing of a save refused as a conflict", async () => {
    const id = await buildDocument("一。");
    const [first] = (await getDocument({ id })).segments;
    await saveSegmentTarget({ segmentId: first.id, baseVersion: 0, target: "One.", status: "translated", clientEditId: "e1", author: "web" });
    expect(await heard(id, () => saveSegmentTarget({ segmentId: first.id, baseVersion: 0, target: "Stale.", status: "translated", clientEditId: "e2", author: "web" }))).toEqual([]);
  });

  it("tells a batch's and its undo's paragraphs, and a join as a reload", async () => {
    const id = await buildDocument("一。\n二。\n三。");
    const segments = (await getDocument({ id })).segments;
    let batchId = 0;
    const events = await heard(id, async () => {
      const batch = await applyBatch({ documentId: id, kind: "replace", author: "web", changes: segments.map((s) => ({ segmentId: s.id, baseVersion: 0, target: `B${s.position}.`, status: "draft" as const })) });
      batchId = batch.batchId!;
      await undoBatch({ documentId: id, batchId, author: "web" });
      await joinSegments({ segmentId: segments[0].id, baseVersion: 2, nextBaseVersion: 2, author: "web" });
    });
    expect(events.map((event) => [event.type, "kind" in event ? event.kind : "", "segments" in event ? event.segments.map((s) => s.version) : []])).toEqual([
      ["segments", "replace", [1, 1, 1]],
      ["segments", "undo", [2, 2, 2]],
      ["reload", "", []],
    ]);
  });

  it("tells a paragraph's comments added, answered, changed, resolved, reopened and deleted, with who", async () => {
    const id = await buildDocument("一。\n二。");
    const [, second] = (await getDocument({ id })).segments;
    const events = await heard(id, () =>
      withActor(ana, async () => {
        const thread = await createThread({ segmentId: second.id, body: "Why?", author: "web" });
        await replyToThread({ threadId: thread.id, body: "Because.", author: "web" });
        await editComment({ commentId: thread.comments[0].id, body: "Why so?", author: "web" });
        await setThreadResolved({ threadId: thread.id, resolved: true, author: "web" });
        await setThreadResolved({ threadId: thread.id, resolved: false, author: "web" });
        await deleteComment({ commentId: thread.comments[0].id, author: "web" });
      }),
    );
    expect(events).toEqual(Array.from({ length: 6 }, () => ({ type: "comments", documentId: id, segmentId: second.id, by: ana })));
  });

  it("keeps who is on which paragraph until they leave", async () => {
    const id = await buildDocument("一。");
    reportPresence({ documentId: id, clientId: "tab-1", user: ana, segmentId: 7 });
    expect(presenceOn(id).map((entry) => [entry.clientId, entry.segmentId, entry.user.name])).toEqual([["tab-1", 7, "Ana Lima"]]);
    reportPresence({ documentId: id, clientId: "tab-1", user: ana, segmentId: null, isLeaving: true });
    expect(presenceOn(id)).toEqual([]);
  });
});

// Another app server on the same database: a separate process with its own connection.
const OTHER_SERVER = `
const { Client } = require("pg");
const client = new Client({ connectionString: process.argv[1] });
client.on("notification", ({ payload }) => process.send({ kind: "heard", payload }));
process.on("message", async ({ kind, payload }) => {
  if (kind === "notify") { await client.query("SELECT pg_notify('duizhao_live', $1)", [payload]); process.send({ kind: "sent" }); }
  else if (kind === "exit") { await client.end(); process.exit(0); }
});
client.connect().then(() => client.query("LISTEN duizhao_live")).then(() => process.send({ kind: "ready" }));
`;

describe.runIf(isPostgresUrl(databaseUrl))("the live bus across processes on PostgreSQL", () => {
  it("a save in this process reaches another process, and another process's event reaches this one's subscribers", async () => {
    const child = spawn(process.execPath, ["-e", OTHER_SERVER, databaseUrl], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const messages: { kind: string; payload?: string }[] = [];
    child.on("message", (message) => messages.push(message as { kind: string; payload?: string }));
    const until = async (test: () => boolean) => {
      for (let waited = 0; !test(); waited += 20) {
        if (waited > 5_000) throw new Error(`waited in vain; heard ${JSON.stringify(messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await until(() => messages.some((m) => m.kind === "ready"));
      const id = await buildDocument("一。");
      const [first] = (await getDocument({ id })).segments;
      await withActor(ana, () => saveSegmentTarget({ segmentId: first.id, baseVersion: 0, target: "One.", status: "translated", clientEditId: "x1", author: "web" }));
      await until(() => messages.some((m) => m.kind === "heard"));
      const payload = messages.find((m) => m.kind === "heard")!.payload!;
      expect(JSON.parse(payload.slice(payload.indexOf(" ") + 1))).toEqual({ type: "segments", documentId: id, kind: "edit", by: ana, segments: [{ id: first.id, version: 1 }] });

      const fromThere: LiveEvent = { type: "presence", documentId: id, entry: { clientId: "tab-b", user: { id: "u-bo", name: "Bo" }, segmentId: first.id, at: Date.now() } };
      const events = await heard(id, async () => {
        child.send({ kind: "notify", payload: `other-process ${JSON.stringify(fromThere)}` });
        await until(() => messages.some((m) => m.kind === "sent"));
      }, 300);
      expect(events).toEqual([fromThere]);
      expect(presenceOn(id).map((entry) => entry.clientId)).toEqual(["tab-b"]);
    } finally {
      child.send({ kind: "exit" });
    }
  });

  it("a batch too large for one NOTIFY arrives whole, in several", async () => {
    const id = await buildDocument("一。");
    const segments = Array.from({ length: 3_000 }, (_, i) => ({ id: 1_000_000 + i, version: 3 }));
    const listener = spawn(process.execPath, ["-e", OTHER_SERVER, databaseUrl], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const payloads: string[] = [];
    let isReady = false;
    listener.on("message", (m: { kind: string; payload?: string }) => (m.kind === "ready" ? (isReady = true) : m.payload && payloads.push(m.payload)));
    try {
      while (!isReady) await new Promise((resolve) => setTimeout(resolve, 20));
      publish({ type: "segments", documentId: id, kind: "replace", by: ana, segments });
      for (let waited = 0; payloads.flatMap((p) => JSON.parse(p.slice(p.indexOf(" ") + 1)).segments).length < segments.length && waited < 5_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(payloads.length).toBeGreaterThan(1);
      expect(payloads.flatMap((p) => JSON.parse(p.slice(p.indexOf(" ") + 1)).segments)).toEqual(segments);
    } finally {
      listener.send({ kind: "exit" });
    }
  });

  it("listens again after losing its connection, and tells editors to compare versions", async () => {
    const id = await buildDocument("一。");
    const events: LiveStreamEvent[] = [];
    const stop = subscribe(id, (event) => events.push(event));
    await startListening();
    try {
      await prisma.$executeRawUnsafe("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN duizhao_live' AND pid <> pg_backend_pid()");
      for (let waited = 0; !events.some((e) => e.type === "resync") && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.map((e) => e.type)).toEqual(["resync"]);
      const fromThere: LiveEvent = { type: "reload", documentId: id, by: ana };
      await prisma.$executeRaw`SELECT pg_notify('duizhao_live', ${`other-process ${JSON.stringify(fromThere)}`})`;
      for (let waited = 0; events.length < 2 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.slice(1)).toEqual([fromThere]);
    } finally {
      stop();
    }
  });
});
