import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import type { MemoryMatch } from "@/lib/core/memory/memory-types";
import type { Revision } from "@/lib/core/model";
import { readJson } from "@/components/ui/read-json";

/** What the editor reads from the server, through GET routes so that a read never waits behind a save. */
export const editorReads = {
  findMatches: ({ documentId, segmentId }: { documentId: number; segmentId: number }) =>
    readJson<MemoryMatch[]>(`/api/documents/${documentId}/matches`, { segment: segmentId }),
  findRevisions: ({ segmentId }: { segmentId: number }) => readJson<Revision[]>(`/api/segments/${segmentId}/revisions`),
  lookupWord: ({ text }: { text: string }) => readJson<DictionaryMatch | null>("/api/dictionary/lookup", { text }),
  describeText: ({ text }: { text: string }) => readJson<{ pinyin: string; match: DictionaryMatch | null }>("/api/dictionary/describe", { text }),
  describeConversionOptions: ({ options }: { options: { text: string; source: string }[] }) =>
    readJson<string[]>("/api/dictionary/senses", { options: JSON.stringify(options) }),
};
