"use client";
import { useTranslations } from "next-intl";
import { tagCharsOf, tagOf } from "@/lib/core/formats/inline-tag-chars";
import { tagGlyph } from "./tag-tokens";

type Props = { n: number; source: string; target: string; keys: string; onInsert: (char: string) => void };

/**
 * The inline tags of a paragraph's source under its translation box: each a button that inserts it at
 * the caret, marked when the translation has it (a textarea cannot draw tokens itself).
 */
export function TagBar({ n, source, target, keys, onInsert }: Props) {
  const t = useTranslations("InlineTags");
  const tags = [...new Set(tagCharsOf(source))];
  if (tags.length === 0) return null;
  const present = new Set(tagCharsOf(target));
  return (
    <div className="tag-bar" role="group" aria-label={t("bar", { n })}>
      {tags.map((char) => {
        const tag = tagOf(char)!;
        const name = t("token", { kind: tag.kind, n: tag.n });
        const isPresent = present.has(char);
        return (
          <button
            key={char}
            type="button"
            className="tag-insert"
            data-present={isPresent}
            aria-label={isPresent ? t("present", { tag: name }) : t("insert", { tag: name })}
            title={isPresent ? t("present", { tag: name }) : t("insert", { tag: name })}
            // Keeps the caret in the translation box.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(char)}
          >
            {tagGlyph(char)}
          </button>
        );
      })}
      <span className="hint">{t("hint", { keys })}</span>
    </div>
  );
}
