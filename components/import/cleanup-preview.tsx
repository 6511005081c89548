"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { CleanupChoices, CleanupResult, ReportedEdit } from "@/lib/core/clean/clean-text";
import { CLEANUP_RULES, type CleanupRule } from "@/lib/core/clean/types";
import { MarkedText } from "./marked-text";
import { RuleToggles } from "./rule-toggles";

type Props = {
  text: string;
  result: CleanupResult;
  choices: CleanupChoices;
  onChoicesChange: (choices: CleanupChoices) => void;
};

const PREVIEW_LIMIT = 200_000; // UTF-16 units drawn with their changes
const PARAGRAPH_LIMIT = 500;

/** Paragraphs holding a suspect span or a mojibake repair on offer (both lists are in text order). */
function countFlaggedParagraphs({ paragraphs, edits }: CleanupResult): number {
  const flags = edits.filter((e) => e.rule === "mojibake" && (e.status === "flagged" || e.status === "suggested"));
  let count = 0;
  let next = 0;
  for (const p of paragraphs) {
    while (next < flags.length && flags[next].end <= p.start) next++;
    if (next < flags.length && flags[next].start < p.end) count++;
  }
  return count;
}

function toggled(choices: CleanupChoices, edit: ReportedEdit): CleanupChoices {
  const flip = (keys: string[]) => (keys.includes(edit.key) ? keys.filter((k) => k !== edit.key) : [...keys, edit.key]);
  return edit.status === "suggested" || edit.status === "accepted"
    ? { ...choices, accepted: flip(choices.accepted) }
    : { ...choices, restored: flip(choices.restored) };
}

/** The cleanup of a text as it will be imported: rules to switch, changes drawn over the source, the paragraphs. */
export function CleanupPreview({ text, result, choices, onChoicesChange }: Props) {
  const t = useTranslations("Import");
  const counts = useMemo(() => {
    const byRule = Object.fromEntries(CLEANUP_RULES.map((rule) => [rule, 0])) as Record<CleanupRule, number>;
    for (const edit of result.edits) if (edit.status !== "restored") byRule[edit.rule]++;
    return byRule;
  }, [result]);
  const flaggedParagraphs = useMemo(() => countFlaggedParagraphs(result), [result]);

  return (
    <div className="cleanup-preview">
      <RuleToggles choices={choices} counts={counts} onChange={onChoicesChange} />
      {flaggedParagraphs > 0 && <p className="warning">{t("flaggedCount", { count: flaggedParagraphs })}</p>}
      <div className="preview-columns">
        <section aria-labelledby="preview-source-heading">
          <h2 id="preview-source-heading">{t("sourceHeading")}</h2>
          <p className="hint">{t("sourceHint")}</p>
          <MarkedText
            text={text}
            edits={result.edits}
            limit={PREVIEW_LIMIT}
            onToggle={(edit) => onChoicesChange(toggled(choices, edit))}
          />
        </section>
        <section aria-labelledby="preview-result-heading">
          <h2 id="preview-result-heading">{t("resultHeading", { count: result.paragraphs.length })}</h2>
          {/* Scrolls on its own: focusable so that the keyboard can scroll it (axe scrollable-region-focusable). */}
          <ol className="result-paragraphs" tabIndex={0} aria-labelledby="preview-result-heading">
            {result.paragraphs.slice(0, PARAGRAPH_LIMIT).map((p) => (
              <li key={`${p.start}-${p.end}`} data-kind={p.kind}>
                {p.kind !== "body" && <span className="kind-tag">{t("kind", { kind: p.kind })}</span>}
                {p.text}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
