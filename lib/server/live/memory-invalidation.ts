import "server-only";
import { markDocumentChanged } from "../memory-cache";
import { observe } from "./live-bus";

const cache = globalThis as unknown as { duizhaoMemoryInvalidation?: boolean };

/**
 * Every change told on the live bus, from this app server or another, makes the memory index compare
 * that document's paragraphs at its next lookup (its stamps alone can miss a write in the same millisecond).
 */
export function invalidateMemoryOnChanges(): void {
  if (cache.duizhaoMemoryInvalidation) return;
  cache.duizhaoMemoryInvalidation = true;
  observe((event) => {
    if (event.type !== "presence") markDocumentChanged(event.documentId);
  });
}
