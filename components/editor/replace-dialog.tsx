"use client";
import { useDeferredValue, useMemo, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { MarkedRanges } from "@/components/memory/memory-text";
import type { MappedText } from "@/lib/core/convert/mapped-text";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import { previewReplace, scopeIds, type PreviewItem } from "./replace-preview";
import { useReplaceForm, type Replace, type ReplaceForm } from "./use-replace";
import { useMatchKey } from "./use-source-view";

/** The preview lists this many changes; the others are counted ("and 40 more") and replaced with them. */
export const PREVIEW_LIMIT = 200;

type Props = {
  replace: Replace;
  store: EditorStore;
  marks: MarksStore;
  /** Every paragraph, and those the editor's filter shows, in order. */
  order: readonly number[];
  visible: readonly number[];
  onJump: (id: number) => void;
};

/** Find and replace: the search, where and in which paragraphs, a preview of every change to untick, and Replace all. */
export function ReplaceDialog({ replace, store, marks, order, visible, onJump }: Props) {
  const t = useTranslations("Replace");
  const tErrors = useTranslations("Errors");
  const { isOpen } = replace;
  const editing = useReplaceForm(replace);
  const { form, change } = editing;
  const snapshot = useSyncExternalStore(marks.subscribe, marks.getSnapshot, marks.getSnapshot);
  const termSources = [...new Set(snapshot.terms.map((term) => term.source))];
  const toKey = useMatchKey(isOpen && form.searchIn === "sources");
  const deferred = useDeferredValue(form);
  // The glossary's matches are read from the marks store; its snapshot changes with them.
  const scoped = useMemo(
    () => (isOpen ? scopeIds(form.scope, form.term, { order, visible, termsIn: (id) => (snapshot.terms.length ? marks.termsIn(id) : []) }) : []),
    [isOpen, form.scope, form.term, order, visible, marks, snapshot],
  );
  const preview = useMemo(() => {
    const keys = new Map<number, MappedText>();
    const sourceKey = toKey ? (id: number) => keys.get(id) ?? keys.set(id, toKey(store.row(id)?.segment.source ?? "")).get(id)! : null;
    const paragraphs = scoped.map((id) => {
      const row = store.row(id);
      return { id, version: store.knownVersion(id), source: row?.segment.source ?? "", target: row?.draft.target ?? "", isLocked: !!row?.segment.locked };
    });
    return previewReplace(paragraphs, deferred, deferred.searchIn, sourceKey, toKey);
  }, [scoped, deferred, store, toKey]);

  const items = preview.kind === "ready" ? preview.items : [];
  const isSources = form.searchIn === "sources";
  // Locked paragraphs go too: the server leaves them and the notice counts them.
  const chosen = items.filter((item) => !editing.excluded.has(item.id));
  const replaceable = chosen.filter((item) => !item.isLocked);
  const field = <K extends keyof ReplaceForm>(key: K) => (value: ReplaceForm[K]) => change({ [key]: value } as Partial<ReplaceForm>);

  return (
    <Dialog
      open={isOpen}
      title={t("title")}
      className="replace-dialog"
      onClose={replace.close}
      actions={
        <>
          <button type="button" className="button" onClick={replace.close}>
            {t("close")}
          </button>
          {!isSources && (
            <button type="button" className="button primary" disabled={replaceable.length === 0 || editing.isPending} onClick={() => void editing.submit(chosen)}>
              {editing.isPending ? t("replacing") : t("replaceAll", { count: replaceable.length })}
            </button>
          )}
        </>
      }
    >
      <form className="replace-form" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          <span>{t("find")}</span>
          <input type="text" value={form.find} onChange={(event) => field("find")(event.target.value)} data-autofocus spellCheck={false} />
        </label>
        {!isSources && (
          <label className="field">
            <span>{t("replaceWith")}</span>
            <input type="text" value={form.replace} onChange={(event) => field("replace")(event.target.value)} spellCheck={false} />
          </label>
        )}
        <fieldset className="replace-options">
          <legend className="visually-hidden">{t("options")}</legend>
          <Check label={t("regex")} checked={form.isRegex} onChange={field("isRegex")} />
          <Check label={t("wholeWord")} checked={form.isWholeWord} onChange={field("isWholeWord")} />
          <Check label={t("matchCase")} checked={form.isCaseSensitive} onChange={field("isCaseSensitive")} />
        </fieldset>
        <div className="replace-scope">
          <label className="field">
            <span>{t("searchIn")}</span>
            <select value={form.searchIn} onChange={(event) => field("searchIn")(event.target.value as ReplaceForm["searchIn"])}>
              <option value="targets">{t("inTargets")}</option>
              <option value="sources">{t("inSources")}</option>
            </select>
          </label>
          <label className="field">
            <span>{t("scope")}</span>
            <select value={form.scope} onChange={(event) => change({ scope: event.target.value as ReplaceForm["scope"], term: form.term || termSources[0] || "" })}>
              <option value="all">{t("scopeAll")}</option>
              <option value="filter">{t("scopeFilter", { count: visible.length })}</option>
              {termSources.length > 0 && <option value="term">{t("scopeTerm")}</option>}
            </select>
          </label>
          {form.scope === "term" && (
            <label className="field">
              <span>{t("term")}</span>
              <select value={form.term} onChange={(event) => field("term")(event.target.value)}>
                {termSources.map((source) => (
                  <option key={source} value={source} lang="zh">
                    {source}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </form>
      <p className="replace-count" role="status">
        {preview.kind === "ready" &&
          (isSources
            ? t("foundCount", { matches: preview.matchCount, paragraphs: items.length })
            : t("replaceCount", { matches: preview.matchCount, paragraphs: items.length, left: items.length - replaceable.length }))}
      </p>
      {preview.kind === "failed" && (
        <p className="error" role="alert">
          {tErrors(preview.code, preview.params)}
        </p>
      )}
      {editing.failure && (
        <p className="error" role="alert">
          {tErrors(editing.failure.code, editing.failure.params)}
        </p>
      )}
      {items.length > 0 && (
        <ul className="replace-preview" aria-label={t("previewLabel")}>
          {items.slice(0, PREVIEW_LIMIT).map((item) => (
            <PreviewRow key={item.id} item={item} n={store.numberOf(item.id)} isSources={isSources} isIncluded={!editing.excluded.has(item.id)} onToggle={editing.toggle} onJump={onJump} />
          ))}
        </ul>
      )}
      {items.length > PREVIEW_LIMIT && <p className="hint">{t(isSources ? "moreFound" : "moreReplaced", { count: items.length - PREVIEW_LIMIT })}</p>}
    </Dialog>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="replace-option">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

type RowProps = { item: PreviewItem; n: number; isSources: boolean; isIncluded: boolean; onToggle: (id: number) => void; onJump: (id: number) => void };

function PreviewRow({ item, n, isSources, isIncluded, onToggle, onJump }: RowProps) {
  const t = useTranslations("Replace");
  return (
    <li className="replace-item" data-locked={item.isLocked || undefined}>
      {isSources ? (
        <button type="button" className="link-button replace-n" onClick={() => onJump(item.id)}>
          {t("goTo", { n })}
        </button>
      ) : (
        <label className="replace-n">
          <input type="checkbox" checked={isIncluded && !item.isLocked} disabled={item.isLocked} onChange={() => onToggle(item.id)} aria-label={t("include", { n })} />
          {`¶${n}`}
          {item.isLocked && <span className="hint"> {t("locked")}</span>}
        </label>
      )}
      <div className="replace-texts">
        <div className="replace-before" lang={isSources ? "zh" : "en"}>
          {!isSources && <span className="visually-hidden">{t("before")} </span>}
          <MarkedRanges text={item.before} ranges={item.matches} />
        </div>
        {item.after !== undefined && (
          <div className="replace-after" lang="en">
            <span className="visually-hidden">{t("after")} </span>
            <MarkedRanges text={item.after} ranges={item.replaced ?? []} />
          </div>
        )}
      </div>
    </li>
  );
}
