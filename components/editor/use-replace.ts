"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/core/action-result";
import type { BatchResult } from "@/lib/core/batch/batch-types";
import type { SegmentFilter } from "@/lib/core/editor/segment-filter";
import type { ReplaceQuery } from "@/lib/core/search/replace-types";
import type { EditorStore } from "./editor-store";
import type { PreviewItem, SearchIn } from "./replace-preview";
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
 * Find and replace, as the editor holds it: open or not, and Replace all as one undoable batch (the
 * texts flushed first, each paragraph at the version of the text previewed). The form lives in the
 * dialog (useReplaceForm), so typing a search does not re-render the editor.
 */
export function useReplace({ documentId, store, batch, replaceInDocument, filter, filterQuery }: Options) {
  const t = useTranslations("Replace");
  const [isOpen, setOpen] = useState(false);

  const replaceAll = async (form: ReplaceForm, chosen: readonly PreviewItem[]): Promise<ActionFailure | null> => {
    await store.flushAll();
    // A text the translator previewed and then saved goes at its saved version; one that changed in
    // the meantime (another tab's save, adopted here) at the version previewed, which the server refuses.
    const paragraphs = await Promise.all(
      chosen.map(async ({ id, before, version }) => {
        const settled = await store.settledVersion(id);
        const isSame = settled.isSettled && store.row(id)?.draft.target === before;
        return { segmentId: id, version: isSame ? settled.version : version };
      }),
    );
    const { find, replace, isRegex, isWholeWord, isCaseSensitive, scope, term } = form;
    const result = await replaceInDocument({
      documentId,
      query: { find, replace, isRegex, isWholeWord, isCaseSensitive },
      scope: scope === "term" ? { kind: "term", term } : scope === "filter" ? { kind: "filter", filter, query: filterQuery } : { kind: "all" },
      paragraphs,
    });
    if (!result.ok) return result;
    setOpen(false);
    batch.done(result.data, t("done", { count: result.data.applied.length }));
    return null;
  };

  return { isOpen, open: useCallback(() => setOpen(true), []), close: useCallback(() => setOpen(false), []), replaceAll };
}

export type Replace = ReturnType<typeof useReplace>;

/** The dialog's form, the changes left out of the preview (cleared when the search changes), and a Replace all on its way. */
export function useReplaceForm(replace: Replace) {
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

  const submit = async (chosen: readonly PreviewItem[]) => {
    if (chosen.length === 0) return;
    setPending(true);
    setFailure(await replace.replaceAll(form, chosen));
    setPending(false);
  };

  return { form, change, excluded, toggle, isPending, failure, submit };
}
