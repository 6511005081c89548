import { describe, expect, it } from "vitest";
import { initialsOf, peopleByParagraph, peopleHere, Presence, PRESENCE_TTL_MS } from "./presence";

const ana = { id: "a", name: "Ana Lima" };
const bo = { id: "b", name: "Bo" };

describe("Presence", () => {
  it("keeps each tab's latest paragraph, forgets a tab that leaves or stops reporting", () => {
    const presence = new Presence();
    presence.apply({ clientId: "t1", user: ana, segmentId: 5, at: 1_000 });
    presence.apply({ clientId: "t1", user: ana, segmentId: 6, at: 2_000 });
    presence.apply({ clientId: "t1", user: ana, segmentId: 5, at: 1_500 });
    presence.apply({ clientId: "t2", user: bo, segmentId: 6, at: 2_000 });
    expect(presence.current(2_000).map((e) => [e.clientId, e.segmentId])).toEqual([["t1", 6], ["t2", 6]]);
    presence.apply({ clientId: "t2", user: bo, segmentId: null, at: 3_000 }, true);
    expect(presence.current(3_000).map((e) => e.clientId)).toEqual(["t1"]);
    expect(presence.current(2_000 + PRESENCE_TTL_MS + 1)).toEqual([]);
    expect(presence.isEmpty).toBe(true);
  });

  it("lets nobody move or end another user's tab, nor keep its user out by reporting under its id", () => {
    const presence = new Presence();
    presence.apply({ clientId: "t1", user: ana, segmentId: 5, at: 1_000 });
    presence.apply({ clientId: "t1", user: bo, segmentId: 9, at: 2_000 });
    presence.apply({ clientId: "t1", user: bo, segmentId: null, at: 3_000 }, true);
    expect(presence.current(3_000).map((e) => [e.clientId, e.user.id, e.segmentId])).toEqual([["t1", "a", 5]]);
    // Ana's tab reconnects (its old stream's end is its leaving); Bo reports under its id meanwhile.
    presence.apply({ clientId: "t1", user: ana, segmentId: null, at: 4_000 }, true);
    presence.apply({ clientId: "t1", user: bo, segmentId: 7, at: 5_000 });
    presence.apply({ clientId: "t1", user: ana, segmentId: 6, at: 6_000 });
    presence.apply({ clientId: "t1", user: bo, segmentId: 7, at: 7_000 });
    expect(presence.current(7_000).map((e) => [e.user.id, e.segmentId]).sort()).toEqual([["a", 6], ["b", 7]]);
  });

  it("shows each other person once, by paragraph, leaving out this tab", () => {
    const entries = [
      { clientId: "me", user: ana, segmentId: 1, at: 0 },
      { clientId: "t2", user: ana, segmentId: 2, at: 0 },
      { clientId: "t3", user: bo, segmentId: 2, at: 0 },
      { clientId: "t4", user: bo, segmentId: 2, at: 0 },
      { clientId: "t5", user: bo, segmentId: null, at: 0 },
    ];
    expect(peopleHere(entries, "me")).toEqual([ana, bo]);
    expect([...peopleByParagraph(entries, "me")]).toEqual([[2, [ana, bo]]]);
  });

  it("makes initials from names, e-mail addresses and Chinese names", () => {
    expect(initialsOf("Ana Maria Lima")).toBe("AL");
    expect(initialsOf("bo.chen@example.org")).toBe("BC");
    expect(initialsOf("王小明")).toBe("王");
    expect(initialsOf("")).toBe("?");
  });
});
