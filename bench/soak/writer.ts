// One translator at work: edits paragraphs one after the other, each saved through the editor's own
// SegmentSaver (components/editor/segment-saver.ts), which resends an unanswered save under the same
// edit id and, here, answers every conflict with "keep mine" as a user could.
import { SegmentSaver, type SaverActions } from "@/components/editor/segment-saver";
import type { Segment, SegmentStatus } from "@/lib/core/model";
import type { SegmentRow } from "./database";

/** A text the writer typed, and whether the server confirmed it. */
export type TypedEdit = { writer: number; segmentId: number; text: string; result: "saved" | "failed" | "timeout" };

type EditResult = TypedEdit["result"];

/** One paragraph as this writer's page holds it. */
class ParagraphSession {
  private settle: ((result: EditResult) => void) | null = null;
  private readonly saver: SegmentSaver;

  constructor(row: SegmentRow, actions: SaverActions) {
    const base = { ...row, kind: "body", source: "", status: row.status as SegmentStatus } as Segment;
    this.saver = new SegmentSaver(row.id, base, actions, (state) => {
      // A user reads the conflict, then clicks: the choice comes after the answer, not inside it.
      if (state === "conflict") setTimeout(() => this.saver.resolve("mine"), 0);
      if (state === "failed") this.finish("failed");
    }, (pending) => {
      if (pending === null) this.finish("saved");
    });
  }

  type(text: string, status: SegmentStatus, timeoutMs: number): Promise<EditResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.finish("timeout"), timeoutMs);
      this.settle = (result) => {
        clearTimeout(timer);
        resolve(result);
      };
      this.saver.edit({ target: text, status }, { immediate: true });
    });
  }

  private finish(result: EditResult): void {
    const settle = this.settle;
    this.settle = null;
    settle?.(result);
  }
}

export type WriterPlan = {
  index: number;
  /** Paragraphs every writer edits (conflicts) and this writer's own. */
  shared: SegmentRow[];
  own: SegmentRow[];
  actions: SaverActions;
  random: () => number;
  /** Milliseconds from one edit's start to the next's (0: at once). */
  intervalMs: number;
  /** Asked before each edit k (from 0): go on? */
  goOn: (k: number) => boolean;
  timeoutMs: number;
};

const PHRASES = ["the city's law enforcement team", "costs $5 a day", "nucleic acid testing", "“quoted” words", "a 100% effort", "$$ and \\ and <b>"];

/** Runs the writer's edits one after another; resolves with every text it typed. */
export async function runWriter(plan: WriterPlan): Promise<TypedEdit[]> {
  const sessions = new Map<number, ParagraphSession>();
  const typed: TypedEdit[] = [];
  const started = performance.now();
  for (let k = 0; plan.goOn(k); k++) {
    const wait = started + k * plan.intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const pool = plan.random() < 0.3 ? plan.shared : plan.own;
    const row = pool[Math.floor(plan.random() * pool.length)];
    let session = sessions.get(row.id);
    if (!session) sessions.set(row.id, (session = new ParagraphSession(row, plan.actions)));
    const text = `Writer ${plan.index + 1}, edit ${k + 1}, ¶${row.position + 1}: ${PHRASES[k % PHRASES.length]}.`;
    const result = await session.type(text, k % 3 === 0 ? "translated" : "draft", plan.timeoutMs);
    typed.push({ writer: plan.index, segmentId: row.id, text, result });
    if (result === "timeout") break;
  }
  return typed;
}
