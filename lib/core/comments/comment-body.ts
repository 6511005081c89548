import { DomainError } from "../errors";

/** Longest comment kept, in characters. */
export const MAX_COMMENT_LENGTH = 4000;

/** The comment's text as stored (trimmed), or COMMENT_EMPTY / COMMENT_TOO_LONG. */
export function checkCommentBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed === "") throw new DomainError("COMMENT_EMPTY");
  if ([...trimmed].length > MAX_COMMENT_LENGTH) throw new DomainError("COMMENT_TOO_LONG", { max: MAX_COMMENT_LENGTH });
  return trimmed;
}
