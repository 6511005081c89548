import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { createDocument } from "../documents";

/** Creates a document from pasted text through the same path the app uses; returns its id. */
export async function buildDocument(text = "标题\n第一段。\n第二段。", title?: string): Promise<number> {
  return (await createDocument(prepareImport(pastedSource(text), { title, cleanup: null }))).id;
}
