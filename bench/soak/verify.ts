// What a run must show, read back from the database after the server stopped.
import type { RevisionRow, SegmentRow } from "./database";
import type { SaveRecord } from "./save-log";
import type { TypedEdit } from "./writer";

export type Check = { name: string; failures: number; of: number; examples: string[] };

export type Evidence = {
  typed: TypedEdit[];
  saves: SaveRecord[];
  /** Texts written by CLI imports that reported success: segment id → texts. */
  importedTexts: { segmentId: number; text: string }[];
  segments: SegmentRow[];
  revisions: RevisionRow[];
};

function check(name: string, items: unknown[], failed: string[]): Check {
  return { name, failures: failed.length, of: items.length, examples: failed.slice(0, 3) };
}

/** Texts kept for each segment: its target and every revision's. */
function keptTexts({ segments, revisions }: Evidence): Map<number, Set<string>> {
  const kept = new Map(segments.map((segment) => [segment.id, new Set([segment.target])]));
  for (const revision of revisions) kept.get(revision.segmentId)?.add(revision.target);
  return kept;
}

/** Lost texts: every typed (and successfully imported) text is the segment's or a revision's. */
export function lostTexts(evidence: Evidence): Check[] {
  const kept = keptTexts(evidence);
  const missing = (item: { segmentId: number; text: string }) => !kept.get(item.segmentId)?.has(item.text);
  return [
    check("lost texts (typed text neither the paragraph's nor a revision's)", evidence.typed, evidence.typed.filter(missing).map((e) => e.text)),
    check("lost imported texts (of CLI runs that succeeded)", evidence.importedTexts, evidence.importedTexts.filter(missing).map((e) => e.text)),
  ];
}

/** Every edit confirmed, applied exactly once, every acknowledged save stored under its edit id. */
export function appliedOnce(evidence: Evidence): Check[] {
  const applied = new Map<string, number>();
  const versions = new Map<string, RevisionRow[]>();
  const byEditId = new Map<string, RevisionRow[]>();
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const sentIds = new Set(evidence.saves.map((save) => save.clientEditId));
  for (const revision of evidence.revisions) {
    if (revision.kind === "refused") continue;
    const version = `${revision.segmentId}:${revision.version}`;
    versions.set(version, [...(versions.get(version) ?? []), revision]);
    // Applied by a writer's own request: an import that brings an old text back is not this edit.
    if (revision.clientEditId && sentIds.has(revision.clientEditId)) add(applied, `${revision.segmentId}\n${revision.target}`);
  }
  for (const revision of evidence.revisions) {
    if (!revision.clientEditId) continue;
    const key = `${revision.segmentId}\n${revision.clientEditId}`;
    byEditId.set(key, [...(byEditId.get(key) ?? []), revision]);
  }
  const acknowledged = evidence.saves.filter((save) => save.outcome === "saved");
  const unconfirmed = evidence.typed.filter((edit) => edit.result !== "saved");
  const notOnce = evidence.typed.filter((edit) => edit.result === "saved" && applied.get(`${edit.segmentId}\n${edit.text}`) !== 1);
  const notStored = acknowledged.filter((save) => {
    const rows = byEditId.get(`${save.segmentId}\n${save.clientEditId}`) ?? [];
    return !rows.some((row) => row.kind !== "refused" && row.target === save.target);
  });
  // Texts are unique: a conflict with one's own text is a resend the server did not recognise.
  const ownConflicts = evidence.saves.filter((save) => save.outcome === "conflict" && save.theirs === save.target);
  const duplicated = [...byEditId.entries()].filter(([, rows]) => rows.length > 1);
  const shared = [...versions.values()].filter((rows) => rows.length > 1);
  const sharedVersion = (rows: RevisionRow[]) =>
    `segment ${rows[0].segmentId} version ${rows[0].version}: ${rows.map((row) => `${row.author} "${row.target.slice(0, 40)}"`).join(", ")}`;
  return [
    check("edits never confirmed (failed or timed out)", evidence.typed, unconfirmed.map((e) => `${e.result}: ${e.text}`)),
    check("confirmed edits not applied exactly once", evidence.typed, notOnce.map((e) => `${applied.get(`${e.segmentId}\n${e.text}`) ?? 0}×: ${e.text}`)),
    check("acknowledged saves not stored under their edit id", acknowledged, notStored.map((s) => `${s.clientEditId}: ${s.target}`)),
    check("conflicts with the writer's own text (a resend not recognised as one)", evidence.saves, ownConflicts.map((s) => s.target)),
    check("edit ids with more than one revision", [...byEditId.keys()], duplicated.map(([key, rows]) => `${key.replace("\n", " ")} ×${rows.length}`)),
    check("versions applied twice (a write overwrote another without a conflict)", [...versions.keys()], shared.map(sharedVersion)),
  ];
}
