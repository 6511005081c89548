import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SaveTargetRequest, Segment } from "@/lib/core/model";
import { mergePendingEdits } from "./merge-pending-edits";
import type { PendingEdit } from "./pending-edits";
import type { SaveState } from "./save-state";
import { SegmentSaver, type KeepRefusedAction, type SaveAction } from "./segment-saver";

/** The server's rules in memory: version check, refused texts kept, a repeated edit id answered with its first result. */
function fakeServer(initial: Segment) {
  let current = { ...initial };
  const applied = new Map<string, { version: number; kind: "edit" | "refused" }>();
  const history: { target: string; kind: "edit" | "refused" }[] = [];
  const requests: SaveTargetRequest[] = [];
  let isReachable = true;
  let dropAnswer = false;
  const answer = <T>(result: T): T => {
    if (dropAnswer) throw new TypeError("Connection lost before the answer");
    return result;
  };
  const save: SaveAction = async (request) => {
    requests.push(request);
    if (!isReachable) throw new TypeError("Failed to fetch");
    const earlier = applied.get(request.clientEditId);
    if (earlier?.kind === "refused") return answer({ ok: true, data: { kind: "conflict", current } });
    if (earlier) return answer({ ok: true, data: { kind: "saved", segment: { ...current, version: earlier.version } } });
    if (request.baseVersion !== current.version) {
      applied.set(request.clientEditId, { version: current.version, kind: "refused" });
      history.push({ target: request.target, kind: "refused" });
      return answer({ ok: true, data: { kind: "conflict", current } });
    }
    current = { ...current, target: request.target, status: request.status, version: current.version + 1 };
    applied.set(request.clientEditId, { version: current.version, kind: "edit" });
    history.push({ target: request.target, kind: "edit" });
    return answer({ ok: true, data: { kind: "saved", segment: current } });
  };
  const keepRefused: KeepRefusedAction = async (request) => {
    if (!isReachable) throw new TypeError("Failed to fetch");
    if (!applied.has(request.clientEditId)) {
      applied.set(request.clientEditId, { version: current.version, kind: "refused" });
      history.push({ target: request.target, kind: "refused" });
    }
    return answer({ ok: true, data: current });
  };
  return {
    actions: { save, keepRefused },
    requests,
    history,
    get current() {
      return current;
    },
    setReachable: (value: boolean) => (isReachable = value),
    setDropAnswer: (value: boolean) => (dropAnswer = value),
    saveElsewhere: (target: string) => {
      current = { ...current, target, version: current.version + 1 };
      history.push({ target, kind: "edit" });
    },
  };
}

const segment: Segment = { id: 1, position: 0, kind: "body", source: "第一段。", target: "", status: "untranslated", version: 0 };

function setUp(pending?: PendingEdit) {
  const server = fakeServer(segment);
  const states: SaveState[] = [];
  const kept: (PendingEdit | null)[] = [];
  const saver = new SegmentSaver(1, segment, server.actions, (state) => states.push(state), (edit) => kept.push(edit), pending);
  return { server, states, kept, saver, lastState: () => states[states.length - 1], lastKept: () => kept[kept.length - 1] };
}

/** Everything the server and the browser hold for the paragraph: the current text, every revision, every kept text. */
function everyText(server: ReturnType<typeof fakeServer>, kept: PendingEdit | null | undefined): string[] {
  const inBrowser = kept ? [kept.latest?.target, kept.sending?.target, ...kept.refused.map((e) => e.target), ...kept.backlog.flatMap((c) => c.edits.map((e) => e.target))] : [];
  return [server.current.target, ...server.history.map((r) => r.target), ...inBrowser].filter((t): t is string => t !== undefined);
}

/** Page A saved, this page's save was refused, and the translator typed more while the conflict was shown. */
async function conflictThenMoreTyping() {
  const setup = setUp();
  setup.server.saveElsewhere("From page A");
  setup.saver.edit({ target: "From page B", status: "draft" }, { immediate: true });
  await vi.advanceTimersByTimeAsync(0);
  expect(setup.lastState()).toBe("conflict");
  setup.saver.edit({ target: "From page B, typed after the conflict", status: "draft" });
  await vi.advanceTimersByTimeAsync(5000);
  expect(setup.server.history).toEqual([
    { target: "From page A", kind: "edit" },
    { target: "From page B", kind: "refused" },
  ]);
  return setup;
}

const kept = (latest: string, changedAt: number, baseVersion = 0): PendingEdit => ({
  changedAt,
  baseVersion,
  sending: null,
  latest: { target: latest, status: "draft" },
  backlog: [],
  refused: [],
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("SegmentSaver", () => {
  it("saves after a pause and keeps the text in the browser until the server has it", async () => {
    const { server, saver, lastState, lastKept } = setUp();
    saver.edit({ target: "Hello", status: "draft" });
    expect(lastState()).toBe("unsaved");
    expect(lastKept()).toMatchObject({ baseVersion: 0, latest: { target: "Hello" } });
    await vi.advanceTimersByTimeAsync(800);
    expect(server.current).toMatchObject({ target: "Hello", version: 1 });
    expect(lastState()).toBe("saved");
    expect(lastKept()).toBeNull();
  });

  it("retries offline with the same edit id, then saves once the server is back", async () => {
    const { server, saver, lastState } = setUp();
    server.setReachable(false);
    saver.edit({ target: "Offline", status: "draft" }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(lastState()).toBe("offline");
    server.setReachable(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(lastState()).toBe("saved");
    const ids = server.requests.map((r) => r.clientEditId);
    expect(new Set(ids).size).toBe(1);
  });

  it("resends an edit whose answer was lost before the newer text, so the newer text does not conflict with it", async () => {
    const { server, saver, lastState } = setUp();
    server.setDropAnswer(true);
    saver.edit({ target: "First", status: "draft" }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(lastState()).toBe("offline");
    server.setDropAnswer(false);
    saver.edit({ target: "First, then more", status: "draft" }, { immediate: true });
    await vi.advanceTimersByTimeAsync(3000);
    expect(lastState()).toBe("saved");
    expect(server.current).toMatchObject({ target: "First, then more", version: 2 });
  });

  it("starts from an edit kept in the browser and surfaces a conflict when the text changed meanwhile", async () => {
    const { server, saver, lastState } = setUp(kept("Kept offline", 1));
    server.saveElsewhere("Saved in another tab");
    await saver.flush();
    expect(lastState()).toBe("conflict");
    expect(server.current.target).toBe("Saved in another tab");
    expect(saver.resolve("mine")).toEqual({ target: "Kept offline", status: "draft" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.current).toMatchObject({ target: "Kept offline", version: 2 });
  });

  it("merges both texts of a conflict for the translator to edit", async () => {
    const { server, saver } = setUp();
    server.saveElsewhere("Theirs");
    saver.edit({ target: "Mine", status: "draft" }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.resolve("merge").target).toBe("Mine\nTheirs");
  });
});

describe("SegmentSaver resolving a conflict loses no text", () => {
  it("'Use their text' keeps the text typed after the conflict as a refused revision", async () => {
    const { server, saver, lastState, lastKept } = await conflictThenMoreTyping();
    expect(saver.resolve("theirs").target).toBe("From page A");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.history).toContainEqual({ target: "From page B, typed after the conflict", kind: "refused" });
    expect(server.current).toMatchObject({ target: "From page A", version: 1 });
    expect(lastState()).toBe("saved");
    expect(lastKept()).toBeNull();
  });

  it("'Use their text' offline keeps the set-aside text in the browser until the server has it", async () => {
    const { server, saver, lastState, lastKept } = await conflictThenMoreTyping();
    server.setReachable(false);
    saver.resolve("theirs");
    await vi.advanceTimersByTimeAsync(0);
    expect(lastState()).toBe("offline");
    expect(lastKept()).toMatchObject({ latest: null, refused: [{ target: "From page B, typed after the conflict" }] });
    // A reload while offline: a new saver starts from what the browser kept.
    const reloaded = setUp(lastKept()!);
    reloaded.server.saveElsewhere("From page A");
    await reloaded.saver.flush();
    expect(reloaded.server.history).toContainEqual({ target: "From page B, typed after the conflict", kind: "refused" });
    expect(reloaded.lastKept()).toBeNull();
    expect(reloaded.lastState()).toBe("saved");
  });

  it("'Use their text' keeps nothing twice when the refused text is all there was", async () => {
    const { server, saver } = setUp();
    server.saveElsewhere("From page A");
    saver.edit({ target: "From page B", status: "draft" }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    saver.resolve("theirs");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.history.filter((r) => r.target === "From page B")).toHaveLength(1);
  });

  it.each(["mine", "merge"] as const)("'%s' leaves both texts on the server", async (choice) => {
    const { server, saver, lastState, lastKept } = await conflictThenMoreTyping();
    saver.resolve(choice);
    await vi.advanceTimersByTimeAsync(0);
    expect(lastState()).toBe("saved");
    expect(lastKept()).toBeNull();
    const texts = everyText(server, lastKept());
    expect(texts.some((t) => t.includes("From page A"))).toBe(true);
    expect(texts.some((t) => t.includes("From page B, typed after the conflict"))).toBe(true);
  });
});

describe("SegmentSaver with edits kept by several tabs", () => {
  it("sends them oldest first: the older is saved, the newer is refused and shown beside it", async () => {
    const { server, saver, lastState, lastKept } = setUp(mergePendingEdits([kept("From tab A", 1), kept("From tab B", 2)]));
    expect(saver.snapshot.target).toBe("From tab B");
    await saver.flush();
    expect(server.current).toMatchObject({ target: "From tab A", version: 1 });
    expect(lastState()).toBe("conflict");
    expect(server.history).toEqual([
      { target: "From tab A", kind: "edit" },
      { target: "From tab B", kind: "refused" },
    ]);
    // Until the translator chooses, the newer text stays in the browser too.
    expect(lastKept()).toMatchObject({ latest: { target: "From tab B" }, backlog: [] });
  });

  it("keeps every text in the browser while offline and forgets none before the server confirms it", async () => {
    const { server, saver, kept: written } = setUp(mergePendingEdits([kept("From tab A", 1), kept("From tab B", 2)]));
    server.setReachable(false);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(written.every((edit) => edit !== null && everyText(server, edit).includes("From tab A") && everyText(server, edit).includes("From tab B"))).toBe(true);
    server.setReachable(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(everyText(server, null)).toEqual(expect.arrayContaining(["From tab A", "From tab B"]));
  });

  it("takes a closed tab's text while it has its own: the closed tab's goes first", async () => {
    const { server, saver, lastState } = setUp();
    saver.edit({ target: "Typed here", status: "draft" });
    saver.absorb(kept("From a closed tab", 1));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.history[0]).toEqual({ target: "From a closed tab", kind: "edit" });
    expect(lastState()).toBe("conflict");
    expect(saver.snapshot.target).toBe("Typed here");
  });
});
