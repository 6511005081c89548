"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { Notice } from "./use-notice";

type Options = {
  store: EditorStore;
  actions: EditorActions;
  focusRow: (id: number) => void;
  notice: Notice;
};

/**
 * Restore, split and join: each sends what is pending first, names the versions it is based on,
 * and applies the server's answer to the store (no page reload, so nobody loses their cursor).
 */
export function useStructureActions({ store, actions, focusRow, notice }: Options) {
  const t = useTranslations("Editor");
  const tErrors = useTranslations("Errors");
  const { say } = notice;
  return useMemo(() => {
    const refuse = (code: Parameters<typeof tErrors>[0]) => say(t("actionFailed", { reason: tErrors(code) }));

    const join = async (id: number) => {
      const order = store.ids();
      const nextId = order[order.indexOf(id) + 1];
      if (nextId === undefined) return;
      const [first, next] = await Promise.all([store.settledVersion(id), store.settledVersion(nextId)]);
      if (!first.isSettled || !next.isSettled) return refuse("CONFLICT");
      const result = await actions.join({ segmentId: id, baseVersion: first.version, nextBaseVersion: next.version });
      if (!result.ok) return refuse(result.code);
      store.adopt(result.data.segment);
      store.remove(result.data.removedId);
      say(t("joined", { n: store.numberOf(id) }));
    };

    /** Returns true when the paragraph was split. */
    const split = async (id: number, at: number, targetAt: number | null): Promise<boolean> => {
      const { version, isSettled } = await store.settledVersion(id);
      if (!isSettled) return (refuse("CONFLICT"), false);
      const result = await actions.split({ segmentId: id, baseVersion: version, at, targetAt });
      if (!result.ok) return (refuse(result.code), false);
      store.adopt(result.data.first);
      store.insertAfter(id, result.data.second);
      say(t("splitDone", { n: store.numberOf(id) }));
      requestAnimationFrame(() => focusRow(id));
      return true;
    };

    const restore = async (id: number, revisionId: number) => {
      const { version, isSettled } = await store.settledVersion(id);
      if (!isSettled) return refuse("CONFLICT");
      const clientEditId = crypto.randomUUID();
      const result = await actions.restore({ segmentId: id, revisionId, baseVersion: version, clientEditId });
      if (!result.ok) return refuse(result.code);
      if (result.data.kind === "conflict") store.conflictWith(id, result.data.current);
      else store.adopt(result.data.segment);
      requestAnimationFrame(() => focusRow(id));
    };

    return { join, split, restore };
  }, [store, actions, focusRow, say, t, tErrors]);
}
export type StructureActions = ReturnType<typeof useStructureActions>;
