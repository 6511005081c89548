import { diffArrays } from "diff";

/** A run of a revision diff: text both revisions share, text only the older has, or only the newer. */
export type RevisionDiffPart = { kind: "same" | "deleted" | "inserted"; text: string };

// A word (letters, digits, inner apostrophes and hyphens), one Han/kana/hangul character, a run of
// spaces, or any other single character.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*)|\s+|[^]/gu;

/** Splits a text into diff tokens: English words whole, CJK one character each, spaces and punctuation alone. */
export function tokenizeForDiff(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The word-level changes from an older text to a newer one. Same and deleted parts join to `before`,
 * same and inserted parts to `after`. Within a run of changes the deletion comes first, and a lone space
 * between two changes joins both sides, so "a b c" → "x y z" reads as one deletion and one insertion.
 */
export function diffRevisionText(before: string, after: string): RevisionDiffPart[] {
  const changes = diffArrays(tokenizeForDiff(before), tokenizeForDiff(after));
  const parts: RevisionDiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) parts.push({ kind: "deleted", text: deleted });
    if (inserted) parts.push({ kind: "inserted", text: inserted });
    deleted = inserted = "";
  };
  changes.forEach((change, i) => {
    const text = change.value.join("");
    if (change.removed) deleted += text;
    else if (change.added) inserted += text;
    else if (/^\s+$/.test(text) && (deleted || inserted) && i < changes.length - 1) {
      deleted += text;
      inserted += text;
    } else {
      flush();
      parts.push({ kind: "same", text });
    }
  });
  flush();
  return parts;
}
