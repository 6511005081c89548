"use client";
import { useTranslations } from "next-intl";
import { tagCharsOf, tagOf } from "@/lib/core/formats/inline-tag-chars";
import { tagGlyph, withTagTokens } from "./tag-tokens";

type Props = { n: number; source: string; target: string; keys: string; onInsert: (char: string) => void };

/**
 * The inline tags of a paragraph's source under its translation box: each a button that inserts it at
 * the caret, marked when the translation has it; and, once the translation holds tags, the translation
 * drawn with them as tokens (a textarea cannot draw them; screen readers have the buttons' names).
 */
export function TagBar({ n, source, target, keys, onInsert }: Props) {
  const t = useTranslations("InlineTags");
  const tags = [...new Set(tagCharsOf(source))];
  if (tags.length === 0) return null;
  const present = new Set(tagCharsOf(target));
  const nameOf = (char: string) => {
    const tag = tagOf(char)!;
    return t("token", { kind: tag.kind, n: tag.n });
  };
  return (
    <>
      {present.size > 0 && (
        <div className="tag-preview" aria-hidden="true">
          {withTagTokens(target, 0, nameOf)}
        </div>
      )}
      <div className="tag-bar" role="group" aria-label={t("bar", { n })}>
        {tags.map((char) => {
          const name = nameOf(char);
          const text = present.has(char) ? t("present", { tag: name }) : t("insert", { tag: name });
          return (
            <button
              key={char}
              type="button"
              className="tag-insert"
              data-present={present.has(char)}
              aria-label={text}
              title={text}
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
    </>
  );
}
