"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CommentCount, ReviewChangeMark, RowMarks } from "@/lib/core/comments/comment-types";
import { readJson } from "@/components/ui/read-json";
import { settleActions } from "@/components/ui/settle-action";
import { CommentsDialog } from "./comments-dialog";
import type { CommentActions } from "./together-actions";

type Together = {
  counts: ReadonlyMap<number, CommentCount>;
  reviewChanges: ReadonlyMap<number, ReviewChangeMark>;
  openComments: (segmentId: number, n: number) => void;
};

/** What the live stream tells the layer: a paragraph's comments changed (`segmentId`), or paragraphs were saved elsewhere (none). */
export type HearTogether = (segmentId?: number) => void;

const TogetherContext = createContext<Together | null>(null);
const HearContext = createContext<HearTogether | null>(null);

/** Marks arriving together (a batch's several live events) are read in one request. */
const GATHER_MS = 100;

/** The row marks of working together (comment counts, changes after review); null outside the layer. */
export function useTogether(): Together | null {
  return useContext(TogetherContext);
}

/** The layer's ear for the live stream (stable for the layer's life); null outside the layer. */
export function useHearTogether(): HearTogether | null {
  return useContext(HearContext);
}

type Props = {
  documentId: number;
  /** The author the server records for this user ("web" locally, the user's id in team mode): their own comments can be changed. */
  me: string;
  actions: CommentActions;
  children: ReactNode;
};

/**
 * Around the editor: loads each paragraph's comment count and "changed after review" mark, gives them to
 * the rows (RowTogether), and shows a paragraph's comments in a dialog. The editor's live stream tells it
 * of comments and saves elsewhere (useHearTogether): the marks, and the open dialog's threads, are read again.
 */
export function TogetherLayer({ documentId, me, actions, children }: Props) {
  const settled = useMemo(() => settleActions(actions), [actions]);
  const [marks, setMarks] = useState<RowMarks>({ comments: [], reviewChanges: [] });
  const [open, setOpen] = useState<{ segmentId: number; n: number } | null>(null);
  const reload = useCallback(async () => {
    const result = await readJson<RowMarks>(`/api/documents/${documentId}/row-marks`);
    if (result.ok) setMarks(result.data);
  }, [documentId]);
  useEffect(() => {
    const load = () => void reload();
    load();
    // A save can leave or clear a "changed after review" mark: read them again when the tab comes back.
    window.addEventListener("focus", load);
    return () => window.removeEventListener("focus", load);
  }, [reload]);
  const gather = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(gather.current), []);
  const hear = useCallback<HearTogether>(
    (segmentId) => {
      clearTimeout(gather.current);
      gather.current = setTimeout(() => void reload(), GATHER_MS);
      // A new target object makes the dialog read that paragraph's threads again.
      if (segmentId !== undefined) setOpen((current) => (current?.segmentId === segmentId ? { ...current } : current));
    },
    [reload],
  );
  const value = useMemo<Together>(
    () => ({
      counts: new Map(marks.comments.map((count) => [count.segmentId, count])),
      reviewChanges: new Map(marks.reviewChanges.map((mark) => [mark.segmentId, mark])),
      openComments: (segmentId, n) => setOpen({ segmentId, n }),
    }),
    [marks],
  );
  return (
    <TogetherContext.Provider value={value}>
      <HearContext.Provider value={hear}>
        {children}
        <CommentsDialog target={open} me={me} actions={settled} onChanged={() => void reload()} onClose={() => setOpen(null)} />
      </HearContext.Provider>
    </TogetherContext.Provider>
  );
}
