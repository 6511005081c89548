import { tokenizeForDiff, type RevisionDiffPart } from "./diff-revision-text";

const ELLIPSIS = "…";

/**
 * A diff shortened to its changes: unchanged text longer than the context on either side of a change
 * (counted in tokens: words, spaces, CJK characters) is cut to that context with an ellipsis between.
 */
export function condenseDiff(parts: readonly RevisionDiffPart[], context = 6): RevisionDiffPart[] {
  return parts.map((part, i) => {
    if (part.kind !== "same") return part;
    const tokens = tokenizeForDiff(part.text);
    const isFirst = i === 0;
    const isLast = i === parts.length - 1;
    const keep = (isFirst ? 0 : context) + (isLast ? 0 : context);
    if (tokens.length <= keep + 1) return part;
    const head = isFirst ? "" : tokens.slice(0, context).join("");
    const tail = isLast ? "" : tokens.slice(tokens.length - context).join("");
    return { kind: "same", text: `${head}${ELLIPSIS}${tail}` };
  });
}
