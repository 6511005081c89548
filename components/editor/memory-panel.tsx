"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/core/action-result";
import type { MemoryMatch, MemoryOrigin } from "@/lib/core/memory/memory-types";
import { chordKeys } from "@/lib/core/editor/shortcuts";
import { codePointLength, sliceCodePoints } from "@/lib/core/text/code-points";
import { DiffText } from "@/components/memory/memory-text";
import { MtSuggestion } from "./mt-suggestion";
import type { MtState } from "./mt-suggestions";
import { useEditorPermissions } from "./editor-permissions";

export type MatchesState =
  | { kind: "idle" }
  | { kind: "loading"; segmentId: number; n: number }
  | { kind: "ready"; segmentId: number; n: number; source: string; matches: MemoryMatch[] }
  | { kind: "failed"; segmentId: number; n: number; error: ActionFailure };

type Props = {
  state: MatchesState;
  isApple: boolean;
  isOpen: boolean;
  /** A phone: the dock is a one-line handle, opened by the user only when there are matches to show. */
  isCompact?: boolean;
  onToggle: () => void;
  onInsert: (index: number) => void;
  /** The machine translation of the focused paragraph, beside the matches. */
  mt?: MtState;
  onInsertMt?: () => void;
  onCancelMt?: () => void;
  onRetryMt?: () => void;
};

/** Up to five memory matches for the focused paragraph, docked at the bottom of the window. */
export function MemoryPanel(props: Props) {
  const { state, isApple, isOpen, isCompact = false, onToggle, onInsert } = props;
  const t = useTranslations("Memory");
  const tErrors = useTranslations("Errors");
  if (isCompact) return <MemoryHandle {...props} />;
  const title = state.kind === "idle" ? t("title") : t("panelTitle", { n: state.n });
  return (
    <section className="memory-dock" aria-label={t("title")} aria-busy={state.kind === "loading"}>
      <div className="memory-dock-head">
        <h2>{title}</h2>
        <button type="button" className="link-button" aria-expanded={isOpen} onClick={onToggle}>
          {isOpen ? t("hide") : t("show")}
        </button>
      </div>
      {isOpen && (
        <div className="memory-dock-body">
          <DockMt {...props} />
          {state.kind === "idle" && <p className="hint">{t("panelIdle")}</p>}
          {state.kind === "loading" && <p className="hint">{t("loading")}</p>}
          {state.kind === "failed" && <p className="error">{tErrors(state.error.code, state.error.params)}</p>}
          {state.kind === "ready" && state.matches.length === 0 && <p className="hint">{t("none")}</p>}
          {state.kind === "ready" && state.matches.length > 0 && <MatchList state={state} isApple={isApple} onInsert={onInsert} />}
        </div>
      )}
    </section>
  );
}

/** The phone's dock: one line saying how many matches the focused paragraph has, opened on request. */
function MemoryHandle(props: Props) {
  const { state, isApple, isOpen, onToggle, onInsert, mt } = props;
  const t = useTranslations("Memory");
  const tErrors = useTranslations("Errors");
  const hasMatches = (state.kind === "ready" && state.matches.length > 0) || mt?.kind === "ready";
  const status =
    state.kind === "loading" ? t("handleLoading", { n: state.n }) : state.kind === "ready" ? t("handleCount", { n: state.n, count: state.matches.length }) : state.kind === "failed" ? tErrors(state.error.code, state.error.params) : "";
  return (
    <section className="memory-dock memory-handle" aria-label={t("title")} aria-busy={state.kind === "loading"}>
      <div className="memory-dock-head">
        <h2>{t("handleTitle")}</h2>
        <span className={state.kind === "failed" ? "memory-count memory-count-failed" : "memory-count"} aria-live="polite">
          {status}
        </span>
        {hasMatches && (
          <button type="button" className="link-button" aria-expanded={isOpen} onClick={onToggle}>
            {isOpen ? t("hide") : t("show")}
          </button>
        )}
      </div>
      {hasMatches && isOpen && (
        <div className="memory-dock-body">
          <DockMt {...props} />
          {state.kind === "ready" && state.matches.length > 0 && <MatchList state={state} isApple={isApple} onInsert={onInsert} />}
        </div>
      )}
    </section>
  );
}

function MatchList({ state, isApple, onInsert }: { state: Extract<MatchesState, { kind: "ready" }>; isApple: boolean; onInsert: (index: number) => void }) {
  const t = useTranslations("Memory");
  return (
    <>
      <ol className="memory-matches" aria-label={t("panelTitle", { n: state.n })}>
        {state.matches.map((match, i) => (
          <MatchItem key={match.unit.id} match={match} index={i} source={state.source} isApple={isApple} onInsert={onInsert} />
        ))}
      </ol>
      <p className="hint">{t("diffLegend")}</p>
    </>
  );
}

function MatchItem({ match, index, source, isApple, onInsert }: { match: MemoryMatch; index: number; source: string; isApple: boolean; onInsert: (index: number) => void }) {
  const { canEdit } = useEditorPermissions();
  const t = useTranslations("Memory");
  const isExact = match.score === 100;
  const { start, end } = match.queryRange;
  const isPart = start > 0 || end < codePointLength(source);
  return (
    <li className="memory-match" data-exact={isExact}>
      <div className="memory-match-head">
        <span className={isExact ? "score-badge exact" : "score-badge fuzzy"} title={isExact ? t("exact") : t("fuzzy")}>
          {t("score", { score: match.score })}
          <span className="visually-hidden"> {isExact ? t("exact") : t("fuzzy")}</span>
        </span>
        <OriginLabel origin={match.unit.origin} />
        {canEdit && (
          <button type="button" className="button subtle memory-insert" aria-label={t("insertLabel", { n: index + 1 })} onMouseDown={(event) => event.preventDefault()} onClick={() => onInsert(index)}>
            {t("insert")} <kbd>{chordKeys({ key: String(index + 1), mod: true }, isApple).join("+")}</kbd>
          </button>
        )}
      </div>
      {isPart && (
        <p className="memory-part" lang="zh">
          {t("sentence", { text: sliceCodePoints(source, start, end) })}
        </p>
      )}
      <p className="memory-source" lang="zh">
        <DiffText parts={match.diff} />
      </p>
      <p className="memory-target" lang="en">
        {match.unit.target}
      </p>
    </li>
  );
}

function OriginLabel({ origin }: { origin: MemoryOrigin }) {
  const t = useTranslations("Memory");
  if (origin.kind === "tmx") return <span className="memory-origin">{t("fromTmx", { name: origin.memoryName })}</span>;
  return (
    <Link className="memory-origin" href={`/documents/${origin.documentId}?segment=${origin.segmentId}`}>
      {t("fromDocument", { title: origin.documentTitle, n: origin.position + 1 })}
    </Link>
  );
}

function DockMt({ mt, isApple, onInsertMt, onCancelMt, onRetryMt }: Props) {
  if (!mt || !onInsertMt || !onCancelMt || !onRetryMt) return null;
  return <MtSuggestion state={mt} isApple={isApple} onInsert={onInsertMt} onCancel={onCancelMt} onRetry={onRetryMt} />;
}
