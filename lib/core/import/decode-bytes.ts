import { DomainError } from "../errors";
import { decodeAs } from "./decode-as";
import { detectEncoding, type EncodingGuess } from "./detect-encoding";
import { ENCODING_LABELS, type SourceEncoding } from "./encodings";

export { looksBinary } from "./looks-binary";

export type Decoded = {
  text: string;
  /** The encoding the text was decoded with: the override if one was given, else the detected one. */
  encoding: SourceEncoding;
  /** What detection guessed, even when an override was used (so the UI can show both). */
  detected: EncodingGuess;
  /** U+FFFD characters in the text: bytes the encoding could not decode. Above 0 the choice looks wrong. */
  replacementCount: number;
};

export type DecodeOptions = {
  /** The user's choice: decode exactly with it, never refusing, so a wrong choice can be seen. */
  encoding?: SourceEncoding;
  /** A declared charset (HTML `<meta charset>`), followed when detection finds nothing clearly better. */
  hint?: SourceEncoding | null;
};

// Without an override, a decoding with more replacement characters than this share is refused.
const MAX_REPLACEMENT_SHARE = 0.01;

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) count++;
  return count;
}

/**
 * Decodes a file's bytes to text, with the given encoding or the detected one (see detectEncoding).
 * BOMs are dropped. Throws BINARY_FILE for binary data and, without an override, UNDECODABLE when even
 * the best encoding leaves more than 1% of the characters undecodable.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const detection = detectEncoding(bytes, { hint: options.hint });
  const detected = { encoding: detection.encoding, confidence: detection.confidence };
  const encoding = options.encoding ?? detection.encoding;
  // TextDecoder drops a BOM that matches its encoding (and only that one).
  const text = decodeAs(bytes, encoding);
  const replacementCount = countReplacements(text);
  if (!options.encoding && replacementCount > text.length * MAX_REPLACEMENT_SHARE) {
    throw new DomainError("UNDECODABLE", { encoding: ENCODING_LABELS[encoding] });
  }
  return { text, encoding, detected, replacementCount };
}
