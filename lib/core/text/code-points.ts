// Offsets that are stored or exchanged are Unicode code points, half-open [start, end); JavaScript
// strings index UTF-16 units. These helpers are the one place where the two meet.

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** The code point offset of a UTF-16 index (an index inside a surrogate pair counts the whole pair as before it). */
export function toCodePointOffset(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(utf16Index, text.length))));
}

/** The UTF-16 index of a code point offset, clamped to the string. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  let index = 0;
  for (let n = 0; n < codePointOffset && index < text.length; n++) {
    const unit = text.charCodeAt(index);
    index += unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

/** The text between two code point offsets, half-open [start, end). */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const from = toUtf16Offset(text, start);
  return end === undefined ? text.slice(from) : text.slice(from, toUtf16Offset(text, end));
}
