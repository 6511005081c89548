import { describe, expect, it } from "vitest";
import { livePayloads, mergeChanges, parseLiveEvent, type LiveEvent } from "./live-event";

const by = { id: "u1", name: "Ana Lima" };

describe("live events", () => {
  it("reads back what it writes and refuses anything else", () => {
    const event: LiveEvent = { type: "segments", documentId: 3, kind: "edit", by, segments: [{ id: 7, version: 2 }] };
    expect(parseLiveEvent(JSON.stringify(event))).toEqual(event);
    expect(parseLiveEvent("not json")).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...event, documentId: "3" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...event, segments: [{ id: -1, version: 2 }] }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ type: "other", documentId: 3 }))).toBeNull();
    const presence: LiveEvent = { type: "presence", documentId: 3, entry: { clientId: "c", user: by, segmentId: null, at: 1 }, isLeaving: true };
    expect(parseLiveEvent(JSON.stringify(presence))).toEqual(presence);
    const comments: LiveEvent = { type: "comments", documentId: 3, segmentId: 9, by };
    expect(parseLiveEvent(JSON.stringify(comments))).toEqual(comments);
    expect(parseLiveEvent(JSON.stringify({ ...comments, segmentId: 0 }))).toBeNull();
  });

  it("splits a large batch into payloads under PostgreSQL's NOTIFY limit, losing no paragraph", () => {
    const segments = Array.from({ length: 5_000 }, (_, i) => ({ id: 100_000 + i, version: 12 }));
    const payloads = livePayloads({ type: "segments", documentId: 1, kind: "replace", by: { id: "u", name: "名".repeat(200) }, segments });
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(new TextEncoder().encode(payload).length).toBeLessThan(8_000);
    const back = payloads.flatMap((payload) => (parseLiveEvent(payload) as Extract<LiveEvent, { type: "segments" }>).segments);
    expect(back).toEqual(segments);
  });

  it("merges changes to each paragraph's highest version", () => {
    expect(mergeChanges([{ id: 1, version: 2 }, { id: 2, version: 1 }, { id: 1, version: 4 }, { id: 1, version: 3 }])).toEqual([{ id: 1, version: 4 }, { id: 2, version: 1 }]);
  });
});
