"use client";
import { useTranslations } from "next-intl";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";

type Options = {
  store: EditorStore;
  actions: EditorActions;
  order: readonly number[];
  numbers: ReadonlyMap<number, number>;
  focusRow: (id: number) => void;
  onNotice: (text: string) => void;
};


/**
 * Restore, split and join: each sends what is pending first, names the versions it is based on,
 * and applies the server's answer to the store (no page reload, so nobody loses their cursor).
 */
export function useStructureActions({ store, actions, order, numbers, focusRow, onNotice }: Options) {
  const t = useTranslations("Editor");
  const tErrors = useTranslations("Errors");
  const refuse = (code: Parameters<typeof tErrors>[0]) => onNotice(t("actionFailed", { reason: tErrors(code) }));

  const join = async (id: number) => {
    const nextId = order[order.indexOf(id) + 1];
    if (nextId === undefined) return;
    const [first, next] = await Promise.all([store.settledVersion(id), store.settledVersion(nextId)]);
    if (!first.isSettled || !next.isSettled) return refuse("CONFLICT");
    const result = await actions.join({ segmentId: id, baseVersion: first.version, nextBaseVersion: next.version });
    if (!result.ok) return refuse(result.code);
    store.adopt(result.data.segment);
    store.remove(result.data.removedId);
    onNotice(t("joined", { n: numbers.get(id) ?? 0 }));
  };

  /** Returns true when the paragraph was split. */
  const split = async (id: number, at: number, targetAt: number | null): Promise<boolean> => {
    const { version, isSettled } = await store.settledVersion(id);
    if (!isSettled) return (refuse("CONFLICT"), false);
    const result = await actions.split({ segmentId: id, baseVersion: version, at, targetAt });
    if (!result.ok) return (refuse(result.code), false);
    store.adopt(result.data.first);
    store.insertAfter(id, result.data.second);
    onNotice(t("splitDone", { n: numbers.get(id) ?? 0 }));
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
}
