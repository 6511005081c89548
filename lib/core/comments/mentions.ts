/** Someone who can be named with @ in a comment. */
export type Mentionable = { id: string; name: string };

/** A comment's text in pieces: plain text, or an @mention of a user (the text as written, with its @). */
export type MentionPart = { kind: "text"; text: string } | { kind: "mention"; text: string; userId: string };

// A mention is not inside a Latin word or an email address ("bo@example.com")…
const IN_ADDRESS = /[A-Za-z0-9._%+-]/;
const STARTS_WORD = { test: (char: string) => !IN_ADDRESS.test(char) };
// …and a name followed by a Latin letter or digit is somebody else's longer name (Chinese runs on without spaces).
const CONTINUES_WORD = /[A-Za-z0-9_]/;

/**
 * The comment's text cut into plain text and @mentions of the users given. A mention is "@" and a
 * user's name (case-insensitive, the longest name that fits: "@Ann Lee" before "@Ann"), starting a word
 * and ending one. Text that names nobody stays text.
 */
export function splitMentions(body: string, users: readonly Mentionable[]): MentionPart[] {
  const named = users.filter((user) => user.name.trim() !== "").toSorted((a, b) => b.name.length - a.name.length);
  const parts: MentionPart[] = [];
  let text = "";
  let at = 0;
  while (at < body.length) {
    const user = body[at] === "@" && (at === 0 || STARTS_WORD.test(body[at - 1])) ? mentionedAt(body, at + 1, named) : undefined;
    if (!user) {
      text += body[at];
      at += 1;
      continue;
    }
    if (text) parts.push({ kind: "text", text });
    text = "";
    const end = at + 1 + user.name.length;
    parts.push({ kind: "mention", text: body.slice(at, end), userId: user.id });
    at = end;
  }
  if (text) parts.push({ kind: "text", text });
  return parts;
}

/** The ids of the users a comment mentions, each once, in the order first mentioned. */
export function findMentions(body: string, users: readonly Mentionable[]): string[] {
  const ids = splitMentions(body, users).flatMap((part) => (part.kind === "mention" ? [part.userId] : []));
  return [...new Set(ids)];
}

/** The "@word" being typed just before the caret (what to complete), or null when the caret is not in one. */
export function mentionQueryAt(body: string, caret: number): { start: number; query: string } | null {
  const before = body.slice(0, caret);
  const start = before.lastIndexOf("@");
  if (start < 0 || (start > 0 && !STARTS_WORD.test(before[start - 1]))) return null;
  const query = before.slice(start + 1);
  // A name may have one space inside ("Ann Lee"), never a line break or two words more.
  if (/\n/.test(query) || query.split(" ").length > 3 || query.length > 60) return null;
  return { start, query };
}

/** The users whose name starts with the query (or has a word that does), best first; at most `limit`. */
export function matchMentionable(users: readonly Mentionable[], query: string, limit = 8): Mentionable[] {
  const wanted = query.trim().toLocaleLowerCase();
  const starts = (user: Mentionable) => user.name.toLocaleLowerCase().startsWith(wanted);
  const hasWord = (user: Mentionable) => user.name.toLocaleLowerCase().split(/\s+/).some((word) => word.startsWith(wanted));
  return [...users.filter(starts), ...users.filter((user) => !starts(user) && hasWord(user))].slice(0, limit);
}

function mentionedAt(body: string, from: number, named: readonly Mentionable[]): Mentionable | undefined {
  return named.find((user) => {
    const end = from + user.name.length;
    if (body.slice(from, end).toLocaleLowerCase() !== user.name.toLocaleLowerCase()) return false;
    return end >= body.length || !CONTINUES_WORD.test(body[end]);
  });
}
