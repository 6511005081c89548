import { tagCharsOf, tagOf, tagText } from "../formats/inline-tag-chars";
import { toCodePointOffset } from "../text/code-points";
import type { QaFinding } from "./qa-types";

// Inline tags (lib/core/formats/inline-tag-chars.ts). Codes, each with {tag} as plain text shows it ({2}, {/2}):
//   tags.missing: a tag of the source is not in the translation
//   tags.extra:   a tag in the translation is not in the source, or is there twice
//   tags.order:   a closing tag comes before its opening one in the translation

const finding = (code: "tags.missing" | "tags.extra" | "tags.order", char: string, extra: Partial<QaFinding> = {}): QaFinding => ({
  check: "tags",
  code,
  params: { tag: tagText(char) },
  key: `${code}:${tagText(char)}`,
  ...extra,
});

/** The inline tag check of one paragraph. */
export function checkTags(source: string, target: string): QaFinding[] {
  const sourceTags = tagCharsOf(source);
  const targetTags = tagCharsOf(target);
  if (sourceTags.length === 0 && targetTags.length === 0) return [];
  const findings: QaFinding[] = [];
  const inTarget = new Set(targetTags);
  const inSource = new Set(sourceTags);
  const rangeIn = (text: string, char: string) => {
    const start = toCodePointOffset(text, text.indexOf(char));
    return { start, end: start + 1 };
  };
  for (const char of new Set(sourceTags)) {
    if (!inTarget.has(char)) findings.push(finding("tags.missing", char, { sourceRange: rangeIn(source, char) }));
  }
  const seen = new Set<string>();
  for (const char of targetTags) {
    if (!inSource.has(char) || seen.has(char)) findings.push(finding("tags.extra", char, { targetRange: rangeIn(target, char) }));
    seen.add(char);
    const tag = tagOf(char);
    const opening = tag?.kind === "close" ? String.fromCharCode(char.charCodeAt(0) - 0x400) : null;
    if (opening && inTarget.has(opening) && target.indexOf(opening) > target.indexOf(char)) {
      findings.push(finding("tags.order", char, { targetRange: rangeIn(target, char) }));
    }
  }
  return findings;
}
