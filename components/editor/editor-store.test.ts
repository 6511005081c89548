import { describe, expect, it } from "vitest";
import type { Segment, SegmentStatus } from "@/lib/core/model";
import { EditorStore } from "./editor-store";
import type { LeftEdits } from "./tab-edits";
import { MemoryStorage } from "./testing/memory-storage";

const segment = (id: number, status: SegmentStatus = "untranslated"): Segment => ({ id, position: id, kind: "body", source: `第${id}段。`, target: status === "untranslated" ? "" : `Paragraph ${id}.`, status, version: 1 });
const actions = { save: () => new Promise<never>(() => {}), keepRefused: async () => ({ ok: false as const, code: "UNEXPECTED" as const }) };

describe("EditorStore with the first screen first", () => {
  it("adds the rest after the first screen, counts it in the progress and tells subscribers once", () => {
    const store = new EditorStore(1, [segment(1), segment(2, "translated")], actions, { isComplete: false });
    expect(store.getIsComplete()).toBe(false);
    let told = 0;
    store.subscribe(() => told++);
    store.append([segment(3, "translated"), segment(4, "reviewed")]);
    expect(told).toBe(1);
    expect(store.getIsComplete()).toBe(true);
    expect(store.ids()).toEqual([1, 2, 3, 4]);
    expect(store.numberOf(4)).toBe(4);
    expect(store.getSummary().progress).toEqual({ total: 4, translated: 3, percent: 75 });
  });

  it("keeps what was typed on the first screen when the rest names that paragraph again", () => {
    const store = new EditorStore(1, [segment(1), segment(2)], actions, { isComplete: false });
    store.edit(2, { target: "Typed before the rest came.", status: "draft" }, { isTyping: true });
    store.append([segment(2), segment(3)]);
    expect(store.ids()).toEqual([1, 2, 3]);
    expect(store.row(2)?.draft).toEqual({ target: "Typed before the rest came.", status: "draft" });
    expect(store.row(2)?.saveState).not.toBe("saved");
  });
});

describe("EditorStore resuming what a closed tab left", () => {
  it("gives a paragraph past the first screen its kept text once the rest has come", () => {
    // A closed tab's text is taken over only once this tab has kept its own copy in the browser's storage.
    const store = new EditorStore(1, [segment(1)], actions, { isComplete: false, storage: new MemoryStorage() });
    const merged = { changedAt: 1, baseVersion: 1, sending: null, latest: { target: "Kept far down.", status: "draft" as const }, backlog: [], refused: [] };
    // What TabEdits.open hands over, here before the rest arrives.
    (store as unknown as { resume: (left: LeftEdits) => void }).resume({ segmentId: 150, merged, entries: [] });
    store.append([segment(150)]);
    expect(store.row(150)?.draft).toEqual({ target: "Kept far down.", status: "draft" });
  });
});

describe("a viewer's EditorStore", () => {
  it("changes no text or status and saves nothing, whatever asks (a shortcut, a button, undo)", () => {
    let saves = 0;
    const store = new EditorStore(1, [segment(1, "translated")], { ...actions, save: () => (saves++, new Promise<never>(() => {})) }, { isReadOnly: true });
    store.edit(1, { target: "Typed by a viewer.", status: "reviewed" }, { immediate: true });
    expect(store.step(1, "undo")).toBeNull();
    expect(store.row(1)?.draft).toEqual({ target: "Paragraph 1.", status: "translated" });
    expect(store.row(1)?.saveState).toBe("saved");
    expect(saves).toBe(0);
  });
});
