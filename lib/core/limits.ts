// Import limits. Above them an import is refused with a clear message and nothing is written.

/** Largest source accepted, in bytes of its file or of its UTF-8 form when pasted: 5 MiB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Most paragraphs one document may have. */
export const MAX_PARAGRAPHS = 20_000;

/** Longest title kept, in code points. */
export const MAX_TITLE_LENGTH = 200;
