import type { SegmentStatus } from "@/lib/core/model";
import { getDocument } from "../documents";
import { saveSegmentTarget } from "../segments";
import { buildDocument } from "../testing/builders";

export type Row = { source: string; target: string; status: SegmentStatus };

/** A document whose paragraphs are the rows' sources, each saved with its target and status (an untranslated row stays as imported). */
export async function buildTranslatedDocument(rows: Row[]): Promise<number> {
  const id = await buildDocument(rows.map((row) => row.source).join("\n"), `Interop ${Date.now()}`);
  const { segments } = await getDocument({ id });
  if (segments.length !== rows.length) throw new Error(`expected ${rows.length} paragraphs, got ${segments.length}`);
  for (const [i, segment] of segments.entries()) {
    if (rows[i].status === "untranslated") continue;
    await saveSegmentTarget({ segmentId: segment.id, baseVersion: segment.version, target: rows[i].target, status: rows[i].status, clientEditId: `interop-${i}`, author: "test" });
  }
  return id;
}

/** The document's paragraphs as rows, in order. */
export async function rowsOf(documentId: number): Promise<Row[]> {
  return (await getDocument({ id: documentId })).segments.map(({ source, target, status }) => ({ source, target, status }));
}

