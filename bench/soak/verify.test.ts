import { describe, expect, it } from "vitest";
import type { RevisionRow, SegmentRow } from "./database";
import type { SaveRecord } from "./save-log";
import { appliedOnce, lostTexts, type Evidence } from "./verify";

const segment = (id: number, target: string, version: number): SegmentRow => ({ id, position: id - 1, target, status: "draft", version });
let nextId = 1;
const revision = (segmentId: number, target: string, version: number, clientEditId: string | null, kind = "edit", author = "web"): RevisionRow =>
  ({ id: nextId++, segmentId, target, kind, version, clientEditId, author });
const save = (segmentId: number, clientEditId: string, target: string, outcome: SaveRecord["outcome"] = "saved"): SaveRecord =>
  ({ writer: 0, segmentId, clientEditId, target, outcome, startedAt: 0, ms: 1 });

// Writer 0 typed A then B on segment 1; A met a conflict first and was resent as "keep mine".
function cleanRun(): Evidence {
  return {
    typed: [
      { writer: 0, segmentId: 1, text: "A", result: "saved" },
      { writer: 0, segmentId: 1, text: "B", result: "saved" },
    ],
    saves: [save(1, "id-a1", "A", "conflict"), save(1, "id-a2", "A"), save(1, "id-b", "B")],
    importedTexts: [{ segmentId: 1, text: "I" }],
    segments: [segment(1, "B", 4)],
    revisions: [
      revision(1, "I", 1, null, "edit", "import"),
      revision(1, "A", 1, "id-a1", "refused"),
      revision(1, "A", 2, "id-a2"),
      revision(1, "B", 3, "id-b"),
    ],
  };
}

const failuresOf = (checks: { name: string; failures: number }[]) => Object.fromEntries(checks.filter((c) => c.failures > 0).map((c) => [c.name, c.failures]));

describe("soak checks", () => {
  it("pass on a run where every text is kept and applied once", () => {
    expect(failuresOf([...lostTexts(cleanRun()), ...appliedOnce(cleanRun())])).toEqual({});
  });

  it("find a typed text and an imported text that are nowhere", () => {
    const run = cleanRun();
    run.revisions = run.revisions.filter((row) => row.target !== "A" && row.target !== "I");
    expect(failuresOf(lostTexts(run))).toEqual({
      "lost texts (typed text neither the paragraph's nor a revision's)": 1,
      "lost imported texts (of CLI runs that succeeded)": 1,
    });
  });

  it("count a text kept only as a refused revision as kept, but not as applied", () => {
    const run = cleanRun();
    run.revisions = run.revisions.filter((row) => row.clientEditId !== "id-a2");
    run.saves = run.saves.filter((row) => row.clientEditId !== "id-a2");
    expect(failuresOf(lostTexts(run))).toEqual({});
    expect(failuresOf(appliedOnce(run))).toEqual({ "confirmed edits not applied exactly once": 1 });
  });

  it("find an edit applied twice and an acknowledged save stored under no revision", () => {
    const run = cleanRun();
    run.saves.push(save(1, "id-b2", "B"), save(1, "id-lost", "C"));
    run.revisions.push(revision(1, "B", 4, "id-b2"));
    expect(failuresOf(appliedOnce(run))).toEqual({
      "confirmed edits not applied exactly once": 1,
      "acknowledged saves not stored under their edit id": 1,
    });
  });

  it("find a resend refused as a conflict with its own text", () => {
    const run = cleanRun();
    run.saves.push({ ...save(1, "id-b3", "B", "conflict"), theirs: "B" });
    expect(failuresOf(appliedOnce(run))).toEqual({ "conflicts with the writer's own text (a resend not recognised as one)": 1 });
  });

  it("do not count an import bringing a writer's old text back as the writer's edit applied twice", () => {
    const run = cleanRun();
    run.revisions.push(revision(1, "A", 5, null, "edit", "import"));
    expect(failuresOf(appliedOnce(run))).toEqual({});
  });

  it("find a write that took a version another write already had, and unconfirmed edits", () => {
    const run = cleanRun();
    run.revisions.push(revision(1, "I2", 3, null, "edit", "import"));
    run.typed.push({ writer: 0, segmentId: 1, text: "D", result: "timeout" });
    const checks = appliedOnce(run);
    expect(failuresOf(checks)).toEqual({
      "edits never confirmed (failed or timed out)": 1,
      "versions applied twice (a write overwrote another without a conflict)": 1,
    });
    expect(checks.find((c) => c.name.startsWith("versions"))?.examples[0]).toBe('segment 1 version 3: web "B", import "I2"');
  });
});
