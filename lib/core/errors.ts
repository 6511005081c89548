// Errors carry codes, never prose: the UI shows t(`Errors.${code}`), the CLI the English message.

export const ERROR_CODES = [
  "EMPTY_SOURCE", // nothing but whitespace to import
  "SOURCE_TOO_LARGE", // over MAX_IMPORT_BYTES; params: limitMb
  "FILE_TOO_LARGE", // an XLIFF, TMX, TBX or CSV file over MAX_BILINGUAL_BYTES; params: limitMb
  "DOCX_TOO_LARGE", // a .docx whose XML unpacks to more than MAX_DOCX_UNPACKED_BYTES (a ZIP bomb); params: limitMb
  "READ_OUT_OF_MEMORY", // reading a file needed more than MAX_PARSE_MEMORY_MB; params: limitMb
  "READ_TIMED_OUT", // reading a file took longer than MAX_PARSE_SECONDS; params: seconds
  "TOO_MANY_PARAGRAPHS", // over MAX_PARAGRAPHS
  "BINARY_FILE", // the bytes are not text (NUL bytes, control characters)
  "UNDECODABLE", // text in an encoding we cannot decode; params: encoding (the closest guess)
  "UNSUPPORTED_FORMAT", // a file kind we do not read (PDF, .doc, images, archives, unknown extensions); params: name
  "UNREADABLE_DOCX", // a .docx that cannot be opened (damaged, or not really a Word file)
  "UNKNOWN_ENCODING", // an encoding name we do not decode; params: encoding
  "NOT_FOUND", // no such document or segment
  "INVALID_INPUT", // a request that does not match its schema
  "CONFLICT", // the segment changed since the client read it
  "DATABASE_BUSY", // another process kept the database locked longer than the busy timeout; nothing was written
  "DATABASE_IN_USE", // a restore while another process (the server) has the database open
  "NO_DATABASE", // a backup of a SQLite database file that does not exist; params: path
  "BACKUP_EXISTS", // a backup into a file that already exists; params: file
  "NOT_A_BACKUP", // a restore from a file that is not a sound Duizhao SQLite database; params: file, reason
  "INVALID_SPLIT", // a split point at the very start or end of a paragraph, or past it
  "SPLIT_INSIDE_ANNOTATION", // a split point inside an annotated span (split outside it, or remove it first)
  "NO_NEXT_SEGMENT", // a join asked of the last paragraph
  "MALFORMED_XML", // an XLIFF, TMX or TBX file that is not well-formed XML
  "WRONG_LANGUAGE_PAIR", // a bilingual file whose languages are not Chinese → English; params: source, target
  "NO_LANGUAGE_PAIR", // a TMX file none of whose units has a Chinese and an English variant; params: langs (the languages found)
  "INVALID_SPAN", // an annotation span that is empty or outside its paragraph
  "INVALID_TERM", // a glossary term without its Chinese or its English
  "INVALID_OVERRIDE", // a conversion override without its text, too long, or whose text is not at the place named
  "INVALID_CSV", // a glossary CSV without the header source,target (or with a broken row); params: line
  "UNSUPPORTED_GLOSSARY", // a glossary file that is neither a .csv nor a TBX file; params: name
  "NO_TERMS", // a glossary file without any term pairing Chinese with English
  "INVALID_SOURCE_URL", // a source URL that is not an http:// or https:// address (javascript:, data:, a bare name…) or is over 2,000 characters
  "NOT_A_REVIEW_FILE", // an upload as review file that is no review DOCX or XLSX exported by Duizhao (or its table or manifest is gone)
  "REVIEW_OTHER_DOCUMENT", // a review file exported from another document (or another database); params: documentId
  "REVIEW_DUPLICATE_ID", // a review file with the same ¶ id on two rows; params: id
  "REVIEW_UNKNOWN_ID", // a review file row whose ¶ id was edited, or names no paragraph of the document (any more); params: id
  "REVIEW_INVALID_STATUS", // a review file row whose status is none of untranslated, draft, translated, reviewed; params: id, status
  "MT_NOT_CONFIGURED", // machine translation asked for while no provider is configured (settings page or DUIZHAO_MT_* variables)
  "BATCH_UNDONE", // undo asked of a batch that is undone already
  "SEGMENT_LOCKED", // a change to a reviewed paragraph that is locked (unlock it first)
  "INVALID_REGEX", // a search whose regular expression does not compile; params: reason (the engine's words)
  "REGEX_EMPTY_MATCH", // a regular expression that can match the empty text (x*, ^, a|): a replace would insert everywhere
  "REGEX_TOO_COMPLEX", // a regular expression with a repeated repetition such as (a+)+, which can take for ever
  "SEARCH_TOO_LONG", // a search text over MAX_PATTERN_LENGTH; params: limit
  "TOO_MANY_MATCHES", // a search with more than MAX_MATCHES matches; params: limit
  "SEARCH_TIMED_OUT", // a search that took longer than MAX_SEARCH_MS; params: seconds
  "MT_PROVIDER_FAILED", // the machine translation provider failed or answered garbage (after retries); params: message
  "INVALID_RATES", // a quote's rate table with a negative or non-numeric rate, a weight outside 0–100 %, or no three-letter currency; params: field (rate, weight, currency)
  "UNAUTHENTICATED", // team mode: no signed-in user (no session, or it ended)
  "FORBIDDEN", // team mode: signed in, but the user's role does not allow this
  "PASSWORD_TOO_SHORT", // a new password under MIN_PASSWORD_LENGTH characters; params: min
  "PASSWORD_TOO_LONG", // a new password over MAX_PASSWORD_LENGTH characters; params: max
  "PASSWORD_CONTAINS_EMAIL", // a new password that contains the name part of the account's email
  "INVITATION_INVALID", // an invitation or set-password link that is unknown, used already or expired
  "EMAIL_TAKEN", // an account with this email exists already
  "INVALID_EMAIL", // an email address that does not look like one
  "LAST_OWNER", // removing the only owner (nobody could invite or remove people any more)
  "SETUP_DONE", // the first-run page after the first owner exists, or reached from another machine
  "INVALID_PROJECT_NAME", // a project name that is empty or over MAX_PROJECT_NAME characters
  "USER_NOT_FOUND", // a project member named by an email nobody has an account for
  "COMMENT_EMPTY", // a comment with nothing but whitespace
  "COMMENT_TOO_LONG", // a comment over MAX_COMMENT_LENGTH characters; params: max
  "NOT_YOUR_COMMENT", // editing or deleting somebody else's comment
  "UNKNOWN_USER", // an assignment to a user id that names no account
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
