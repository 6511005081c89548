/**
 * Converts UTF-16 offsets of a text into code-point offsets (stored and exchanged offsets are code
 * points). Texts without surrogate pairs need no table.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (utf16) => utf16;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) cp++;
  }
  table[text.length] = cp;
  return (utf16) => table[utf16];
}
