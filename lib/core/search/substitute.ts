/**
 * A regular expression's replacement for one match, as String.prototype.replace builds it: $$, $&,
 * $`, $', $1…$99 and $<name>; a $ that starts none of these stays a $.
 */
export function substitute(replacement: string, match: RegExpExecArray): string {
  if (!replacement.includes("$")) return replacement;
  const text = match.input;
  let out = "";
  let i = 0;
  while (i < replacement.length) {
    const [piece, length] = replacement[i] === "$" ? token(replacement, i, match, text) : [replacement[i], 1];
    out += piece;
    i += length;
  }
  return out;
}

/** The text a $ token at `at` stands for, and how many UTF-16 units it takes. */
function token(replacement: string, at: number, match: RegExpExecArray, text: string): [string, number] {
  const next = replacement[at + 1];
  if (next === "$") return ["$", 2];
  if (next === "&") return [match[0], 2];
  if (next === "`") return [text.slice(0, match.index), 2];
  if (next === "'") return [text.slice(match.index + match[0].length), 2];
  const groups = match.length - 1;
  const digits = /^\d{1,2}/.exec(replacement.slice(at + 1, at + 3))?.[0];
  if (digits) {
    if (digits.length === 2 && Number(digits) >= 1 && Number(digits) <= groups) return [match[Number(digits)] ?? "", 3];
    const n = Number(digits[0]);
    if (n >= 1 && n <= groups) return [match[n] ?? "", 2];
    return ["$", 1];
  }
  if (next === "<" && match.groups) {
    const close = replacement.indexOf(">", at + 2);
    if (close >= 0) return [match.groups[replacement.slice(at + 2, close)] ?? "", close - at + 1];
  }
  return ["$", 1];
}
