import { DomainError } from "../errors";
import type { SearchOptions } from "./replace-types";

/** Longest pattern accepted, in UTF-16 units. */
export const MAX_PATTERN_LENGTH = 1_000;

// Nested quantifiers such as (a+)+ or (\w*)*: the classic patterns that backtrack for ever.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/u;

const SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * The regular expression for a search: plain text escaped (so "1.5 (m)" is found literally), case
 * folded unless asked, Unicode mode. Refuses an invalid expression, one that can match the empty text
 * (it would insert everywhere), a nested quantifier and an over-long pattern.
 */
export function compileSearch(find: string, { isRegex, isCaseSensitive }: SearchOptions): RegExp {
  if (find.length > MAX_PATTERN_LENGTH) throw new DomainError("SEARCH_TOO_LONG", { limit: MAX_PATTERN_LENGTH });
  const flags = isCaseSensitive ? "gu" : "giu";
  if (!isRegex) return new RegExp(find.replace(SYNTAX, "\\$&"), flags);
  let expression: RegExp;
  try {
    expression = new RegExp(find, flags);
  } catch (error) {
    throw new DomainError("INVALID_REGEX", { reason: error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error) });
  }
  if (NESTED_QUANTIFIER.test(find)) throw new DomainError("REGEX_TOO_COMPLEX");
  if (expression.test("")) throw new DomainError("REGEX_EMPTY_MATCH");
  expression.lastIndex = 0;
  return expression;
}
