import { describe, expect, it } from "vitest";
import { mergePendingEdits } from "./merge-pending-edits";
import { MemoryStorage } from "./testing/memory-storage";
import { pendingKey, readPendingEdits, removePendingEntries, writePendingEdit, type PendingEdit } from "./pending-edits";

const edit = (target: string, changedAt: number, baseVersion = 3): PendingEdit => ({
  changedAt,
  baseVersion,
  sending: null,
  latest: { target, status: "draft" },
  backlog: [],
  refused: [],
});

describe("pending edits in the browser's storage", () => {
  it("keeps two tabs' edits of one paragraph apart and reads both, oldest change first", () => {
    const store = new MemoryStorage();
    writePendingEdit(pendingKey(7, 14, "tab-b"), edit("From tab B", 2000), store);
    writePendingEdit(pendingKey(7, 14, "tab-a"), edit("From tab A", 1000), store);
    writePendingEdit(pendingKey(8, 14, "tab-a"), edit("Another document", 500), store);
    const entries = readPendingEdits(7, store);
    expect(entries.map((e) => [e.segmentId, e.tabId, e.edit.latest?.target])).toEqual([
      [14, "tab-a", "From tab A"],
      [14, "tab-b", "From tab B"],
    ]);
  });

  it("reads the entries kept per paragraph before tabs had their own (v1) as the oldest, owned by no tab", () => {
    const store = new MemoryStorage();
    store.setItem("duizhao:pending:v1:7:14", JSON.stringify({ baseVersion: 2, sending: null, latest: { target: "Old entry", status: "draft" } }));
    store.setItem("duizhao:pending:v1:7:15:extra", "{}");
    store.setItem("duizhao:pending:v1:7:16", "not json");
    writePendingEdit(pendingKey(7, 14, "tab-a"), edit("New entry", 1000), store);
    const entries = readPendingEdits(7, store);
    expect(entries.map((e) => [e.tabId, e.edit.latest?.target, e.edit.baseVersion])).toEqual([
      [null, "Old entry", 2],
      ["tab-a", "New entry", 3],
    ]);
    removePendingEntries(entries, store);
    expect(store.length).toBe(2);
  });

  it("forgets an entry when told the server has everything", () => {
    const store = new MemoryStorage();
    const key = pendingKey(7, 14, "tab-a");
    writePendingEdit(key, edit("Text", 1), store);
    writePendingEdit(key, null, store);
    expect(readPendingEdits(7, store)).toEqual([]);
  });
});

describe("mergePendingEdits", () => {
  it("keeps the newest text current and sends every older one before it, each under a fixed id", () => {
    const older = { ...edit("Older, then more", 1000, 1), sending: { target: "Older", status: "draft" as const, clientEditId: "sent-older" } };
    const merged = mergePendingEdits([older, edit("Newest", 2000, 1)]);
    expect(merged).toMatchObject({ changedAt: 2000, baseVersion: 1, sending: null, latest: { target: "Newest" }, refused: [] });
    expect(merged.backlog).toHaveLength(1);
    expect(merged.backlog[0].baseVersion).toBe(1);
    expect(merged.backlog[0].edits.map((e) => e.target)).toEqual(["Older", "Older, then more"]);
    expect(merged.backlog[0].edits[0].clientEditId).toBe("sent-older");
    expect(merged.backlog[0].edits[1].clientEditId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps the texts set aside by either tab, and a current text even when the newest entry has none", () => {
    const setAside = { ...edit("", 3000), latest: null, refused: [{ target: "Set aside", status: "draft" as const, clientEditId: "r1" }] };
    const merged = mergePendingEdits([edit("Current", 1000), setAside]);
    expect(merged.latest?.target).toBe("Current");
    expect(merged.backlog).toEqual([]);
    expect(merged.refused.map((e) => e.target)).toEqual(["Set aside"]);
  });
});
