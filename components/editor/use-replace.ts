"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/core/action-result";
import type { BatchResult } from "@/lib/core/batch/batch-types";
import type { SegmentFilter } from "@/lib/core/editor/segment-filter";
import type { ReplaceQuery } from "@/lib/core/search/replace-types";
import type { EditorStore } from "./editor-store";
import type { SearchIn } from "./replace-preview";
import type { BatchUndo } from "./use-batch-undo";

export type ReplaceScopeKind = "all" | "filter" | "term";

export type ReplaceForm = ReplaceQuery & { searchIn: SearchIn; scope: ReplaceScopeKind; term: string };

export type ReplaceInDocumentAction = (input: {
  documentId: number;
  query: ReplaceQuery;
  scope: { kind: "all" } | { kind: "filter"; filter: SegmentFilter; query: string } | { kind: "term"; term: string };
  paragraphs: { segmentId: number; version: number }[];
}) => Promise<ActionResult<BatchResult>>;

const BLANK: ReplaceForm = { find: "", replace: "", isRegex: false, isWholeWord: false, isCaseSensitive: false, searchIn: "targets", scope: "all", term: "" };

type Options = {
  documentId: number;
  store: EditorStore;
  batch: BatchUndo;
  replaceInDocument: ReplaceInDocumentAction;
  /** The editor's status filter and find query, kept with the batch when the scope is "what the filter shows". */
  filter: SegmentFilter;
  filterQuery: string;
};

/**
 * Find and replace: the dialog's form, the paragraphs it searches (all, those the filter shows, those
 * with a glossary term), the changes left out of the preview, and Replace all as one undoable batch.
 */
export function useReplace({ documentId, store, batch, replaceInDocument, filter, filterQuery }: Options) {
  const t = useTranslations("Replace");
  const [isOpen, setOpen] = useState(false);
  const [form, setForm] = useState<ReplaceForm>(BLANK);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const change = (next: Partial<ReplaceForm>) => {
    setForm((form) => ({ ...form, ...next }));
    setExcluded(new Set());
    setFailure(null);
  };

  const toggle = (id: number) =>
    setExcluded((excluded) => {
      const next = new Set(excluded);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const replaceAll = async (ids: readonly number[]) => {
    const chosen = ids.filter((id) => !excluded.has(id));
    if (chosen.length === 0) return;
    setPending(true);
    await store.flushAll();
    const { find, replace, isRegex, isWholeWord, isCaseSensitive, scope, term } = form;
    const query = { find, replace, isRegex, isWholeWord, isCaseSensitive };
    const result = await replaceInDocument({
      documentId,
      query,
      scope: scope === "term" ? { kind: "term", term } : scope === "filter" ? { kind: "filter", filter, query: filterQuery } : { kind: "all" },
      paragraphs: chosen.map((id) => ({ segmentId: id, version: store.row(id)?.segment.version ?? 0 })),
    });
    setPending(false);
    if (!result.ok) return setFailure(result);
    setOpen(false);
    batch.done(result.data, t("done", { count: result.data.applied.length }));
  };

  return {
    isOpen,
    open: useCallback(() => setOpen(true), []),
    close: () => setOpen(false),
    form,
    change,
    excluded,
    toggle,
    isPending,
    failure,
    replaceAll,
  };
}

export type Replace = ReturnType<typeof useReplace>;
