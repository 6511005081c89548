// The parsing that runs in a worker thread (see run-parse-task.ts). This module is the worker's code,
// not the server's: it has no "server-only" guard and imports nothing but lib/core. Every task takes
// and returns plain data, which is copied between the threads.
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { parseReviewFile } from "@/lib/core/formats/parse-review-file";
import { parseGlossaryFile } from "@/lib/core/glossary/parse-glossary-file";
import { readImportSource } from "@/lib/core/import/read-import-source";
import { sourceText } from "@/lib/core/import/source-text";

export const PARSE_TASKS = { readImportSource, parseBilingual, parseReviewFile, parseGlossaryFile, sourceText };

export type ParseTasks = typeof PARSE_TASKS;
export type ParseTaskName = keyof ParseTasks;

/** What the worker posts back: the task's value, a DomainError's code and params, or an unexpected error. */
export type ParseReply = { ok: true; value: unknown } | { ok: false; code: string; params: Record<string, string | number> } | { ok: false; message: string };
