import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SaveTargetRequest, Segment } from "@/lib/core/model";
import type { PendingEdit } from "./pending-edits";
import type { SaveState } from "./save-state";
import { SegmentSaver, type SaveAction } from "./segment-saver";

/** The server's rules in memory: version check, and a repeated edit id answered with its first result. */
function fakeServer(initial: Segment) {
  let current = { ...initial };
  const applied = new Map<string, number>();
  const requests: SaveTargetRequest[] = [];
  let isReachable = true;
  let dropAnswer = false;
  const save: SaveAction = async (request) => {
    requests.push(request);
    if (!isReachable) throw new TypeError("Failed to fetch");
    const earlier = applied.get(request.clientEditId);
    let result: Awaited<ReturnType<SaveAction>>;
    if (earlier !== undefined) result = { ok: true, data: { kind: "saved", segment: { ...current, version: earlier } } };
    else if (request.baseVersion !== current.version) result = { ok: true, data: { kind: "conflict", current } };
    else {
      current = { ...current, target: request.target, status: request.status, version: current.version + 1 };
      applied.set(request.clientEditId, current.version);
      result = { ok: true, data: { kind: "saved", segment: current } };
    }
    if (dropAnswer) throw new TypeError("Connection lost before the answer");
    return result;
  };
  return {
    save,
    requests,
    get current() {
      return current;
    },
    setReachable: (value: boolean) => (isReachable = value),
    setDropAnswer: (value: boolean) => (dropAnswer = value),
    saveElsewhere: (target: string) => (current = { ...current, target, version: current.version + 1 }),
  };
}

const segment: Segment = { id: 1, position: 0, kind: "body", source: "第一段。", target: "", status: "untranslated", version: 0 };

function setUp(pending?: PendingEdit) {
  const server = fakeServer(segment);
  const states: SaveState[] = [];
  const kept: (PendingEdit | null)[] = [];
  const saver = new SegmentSaver(1, segment, server.save, (state) => states.push(state), (edit) => kept.push(edit), pending);
  return { server, states, kept, saver, lastState: () => states[states.length - 1], lastKept: () => kept[kept.length - 1] };
}

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
    const pending: PendingEdit = { baseVersion: 0, sending: null, latest: { target: "Kept offline", status: "draft" } };
    const { server, saver, lastState } = setUp(pending);
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
