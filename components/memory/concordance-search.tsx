"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { chordKeys, matchShortcut } from "@/lib/core/editor/shortcuts";
import type { ConcordanceHit } from "@/lib/core/memory/memory-types";
import { Dialog } from "@/components/ui/dialog";
import { readJson } from "@/components/ui/read-json";
import { MarkedRanges } from "./memory-text";
import { isApplePlatform, useIsApple } from "@/components/ui/use-is-apple";

type Results = { kind: "idle" } | { kind: "searching" } | { kind: "done"; hits: ConcordanceHit[] } | { kind: "failed"; message: string };

const DEBOUNCE_MS = 250;

/** A header button and Ctrl/⌘+K anywhere: search every document and memory, in either script. */
export function ConcordanceSearch() {
  const t = useTranslations("Concordance");
  const [isOpen, setOpen] = useState(false);
  const isApple = useIsApple();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchShortcut(event, { isApple: isApplePlatform(), inText: false }) !== "search") return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="button subtle concordance-open" onClick={() => setOpen(true)} aria-keyshortcuts={isApple ? "Meta+K" : "Control+K"}>
        <svg className="concordance-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="6.5" cy="6.5" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d="M10 10l4.25 4.25" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        <span className="concordance-open-text">{t("open")}</span> <kbd>{chordKeys({ key: "k", mod: true }, isApple).join("+")}</kbd>
      </button>
      <Dialog
        open={isOpen}
        title={t("title")}
        className="concordance-dialog"
        onClose={() => setOpen(false)}
        actions={
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t("close")}
          </button>
        }
      >
        <ConcordanceBody onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ConcordanceBody({ onClose }: { onClose: () => void }) {
  const t = useTranslations("Concordance");
  const tErrors = useTranslations("Errors");
  const tMemory = useTranslations("Memory");
  const [text, setText] = useState("");
  const [results, setResults] = useState<Results>({ kind: "idle" });
  const ticket = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    const mine = ++ticket.current;
    if (value.trim() === "") return setResults({ kind: "idle" });
    setResults({ kind: "searching" });
    timer.current = window.setTimeout(() => {
      void readJson<ConcordanceHit[]>("/api/memory/search", { text: value }).then((result) => {
        if (mine !== ticket.current) return;
        setResults(result.ok ? { kind: "done", hits: result.data } : { kind: "failed", message: tErrors(result.code, result.params) });
      });
    }, DEBOUNCE_MS);
  };

  return (
    <div className="concordance">
      <input
        type="search"
        aria-label={t("label")}
        placeholder={t("placeholder")}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // A search field eats Escape to clear itself; here Escape closes the search, as in any dialog.
          if (event.key !== "Escape") return;
          event.preventDefault();
          onClose();
        }}
        data-autofocus
      />
      <p className="hint">{t("hint")}</p>
      <div aria-live="polite" className="concordance-state">
        {results.kind === "searching" && <p className="hint">{t("searching")}</p>}
        {results.kind === "failed" && <p className="error">{results.message}</p>}
        {results.kind === "done" && <p className="hint">{results.hits.length === 0 ? t("none") : t("results", { count: results.hits.length })}</p>}
      </div>
      {results.kind === "done" && results.hits.length > 0 && (
        <ol className="concordance-hits" aria-label={t("label")}>
          {results.hits.map((hit) => (
            <li key={hit.unit.id} className="concordance-hit">
              {hit.unit.origin.kind === "document" ? (
                <Link className="memory-origin" href={`/documents/${hit.unit.origin.documentId}?segment=${hit.unit.origin.segmentId}`} onClick={onClose}>
                  {tMemory("fromDocument", { title: hit.unit.origin.documentTitle, n: hit.unit.origin.position + 1 })}
                </Link>
              ) : (
                <span className="memory-origin">{tMemory("fromTmx", { name: hit.unit.origin.memoryName })}</span>
              )}
              <p className="memory-source" lang="zh">
                <span className="visually-hidden">{t("source")}: </span>
                <MarkedRanges text={hit.unit.source} ranges={hit.sourceRanges} />
              </p>
              <p className="memory-target" lang="en">
                <span className="visually-hidden">{t("target")}: </span>
                <MarkedRanges text={hit.unit.target} ranges={hit.targetRanges} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
