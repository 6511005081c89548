import type { BatchResult } from "../batch/batch-types";

// What the data layer returns about translation memories, for the TM page, the editor and the CLI.

/** An imported TMX memory with the number of its entries. */
export type MemorySummary = { id: number; name: string; fileName: string; entries: number; createdAt: Date };

/** Every imported memory, and how many document paragraphs are memory (translated or reviewed, not empty). */
export type MemoryOverview = { memories: MemorySummary[]; documentParagraphs: number };

/** The batch of paragraphs pre-translation filled (as drafts of origin "tm:SCORE"), to be shown in the editor. */
export type PreTranslation = BatchResult;
