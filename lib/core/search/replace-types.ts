/** What to look for and how: plain text (taken literally, also in the replacement) or a JavaScript regular expression. */
export type SearchOptions = { isRegex: boolean; isWholeWord: boolean; isCaseSensitive: boolean };

/** A search and its replacement. In a regular expression's replacement $1, $<name>, $& and $$ work as in JavaScript. */
export type ReplaceQuery = SearchOptions & { find: string; replace: string };

/** A match or its replacement in a text: code points, half-open [start, end). */
export type TextRange = { start: number; end: number };

/** One paragraph's change: the text before with its matches, the text after with what replaced them. */
export type PlannedReplace = { id: number; before: string; after: string; matches: TextRange[]; replaced: TextRange[] };

/** Every change of a replace, in the order of the paragraphs given. */
export type ReplacePlan = { changes: PlannedReplace[]; matchCount: number };
