import { describe, expect, it } from "vitest";
import { PRESENCE_TTL_MS } from "@/lib/core/live/presence";
import { LiveStore } from "./live-store";

const ana = { id: "a", name: "Ana Lima" };
const bo = { id: "b", name: "Bo" };

describe("LiveStore", () => {
  it("shows others on their paragraphs and in the bar, not this tab, and forgets those who stop reporting", () => {
    const live = new LiveStore("me");
    let told = 0;
    live.subscribe(() => told++);
    live.hello([{ clientId: "me", user: ana, segmentId: 1, at: 0 }, { clientId: "t2", user: bo, segmentId: 2, at: 0 }], true, 0);
    expect(live.row(1).people).toEqual([]);
    expect(live.row(2).people).toEqual([bo]);
    expect(live.getBar()).toMatchObject({ people: [bo], isPresenceOn: true });
    const before = live.row(2);
    live.tick(1_000);
    expect(live.row(2)).toBe(before);
    live.applyPresence({ clientId: "t2", user: bo, segmentId: 3, at: 2_000 }, false, 2_000);
    expect([live.row(2).people, live.row(3).people]).toEqual([[], [bo]]);
    live.tick(2_000 + PRESENCE_TTL_MS + 1);
    expect(live.getBar().people).toEqual([]);
    expect(told).toBe(3);
  });

  it("says who changed a paragraph, and that the paragraphs changed shape", () => {
    const live = new LiveStore("me");
    live.markChanged([4, 5], "Bo", 0);
    expect(live.row(4)).toEqual({ people: [], changedBy: "Bo" });
    live.markChanged([4], "", 0);
    expect(live.row(4).changedBy).toBe("");
    live.markRestructured();
    expect(live.getBar().isRestructured).toBe(true);
  });
});
