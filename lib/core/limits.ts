// Import limits. Above them an import is refused with a clear message and nothing is written.

/** Largest source accepted, in bytes of its file or of its UTF-8 form when pasted: 5 MiB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Largest XLIFF, TMX, TBX or glossary CSV file accepted: 32 MiB. A fully translated XLIFF or TMX of
 * MAX_PARAGRAPHS paragraphs of 190 characters is about 20 MiB. next.config.js lets server actions take
 * a body this large, with room for the form around it.
 */
export const MAX_BILINGUAL_BYTES = 32 * 1024 * 1024;

/**
 * Most bytes a .docx may unpack to (its XML parts together): 20 MiB, four times MAX_IMPORT_BYTES.
 * A Word file is a ZIP, so a 1 MB file can hold hundreds of megabytes of XML; unpacking stops here.
 */
export const MAX_DOCX_UNPACKED_BYTES = 20 * 1024 * 1024;

/** Heap a file's parsing (DOCX, HTML, XML) may use in its worker before it is stopped, in MiB. */
export const MAX_PARSE_MEMORY_MB = 512;

/** Time a file's parsing may take in its worker before it is stopped, in seconds. */
export const MAX_PARSE_SECONDS = 60;

/** Most paragraphs one document may have. */
export const MAX_PARAGRAPHS = 20_000;

/** Longest title kept, in code points. */
export const MAX_TITLE_LENGTH = 200;
