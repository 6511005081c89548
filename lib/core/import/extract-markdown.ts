// Markdown to the plain text a translator translates: markup goes, words stay. Deliberately small and
// line-based (CommonMark's corner cases do not matter for this): headings, list items, quotes, table
// rows and code blocks become paragraphs of their own; other lines of a paragraph are joined.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^ {0,3}(?:>\s?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

// Spans are bounded (at most 1,000 characters) so that a long paragraph full of unmatched brackets or
// asterisks cannot make a pattern scan to its end from every one of them.
/** Inline markup: images → alt, links → text, code spans, emphasis, autolinks, tags, escapes. */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]{0,1000})\]\([^)]{0,1000}\)/g, "$1")
    .replace(/!\[([^\]]{0,1000})\]\[[^\]]{0,1000}\]/g, "$1")
    .replace(/\[([^\]]{1,1000})\]\([^)]{0,1000}\)/g, "$1")
    .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]{1,1000})>/g, "$1")
    .replace(/`+([^`]{1,1000}?)`+/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]{0,1000}>/g, "")
    .replace(/(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\\\w*])\*(?=\S)(.{1,1000}?)(?<=\S)\*(?![\w*])/g, "$1")
    .replace(/(?<![\\\w])_(?=\S)(.{1,1000}?)(?<=\S)_(?!\w)/g, "$1")
    .replace(/~~(?=\S)(.{1,1000}?)(?<=\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

/** Removes <!-- comments -->, in linear time even when one is never closed. */
function removeComments(text: string): string {
  let out = "";
  let from = 0;
  for (let start = text.indexOf("<!--"); start >= 0; start = text.indexOf("<!--", from)) {
    out += text.slice(from, start);
    const end = text.indexOf("-->", start + 4);
    from = end < 0 ? text.length : end + 3;
  }
  return out + text.slice(from);
}

/** Joins the lines of one paragraph: no space between two Chinese characters, one otherwise. */
function joinLines(lines: string[]): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    if (joined.endsWith("\n")) return joined + line;
    return WIDE.test(joined.slice(-1)) && WIDE.test(line[0] ?? "") ? joined + line : `${joined} ${line}`;
  }, "");
}

const tableCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => stripInline(cell.trim()))
    .join("\t");

/** A table row: starts with a pipe, or has one and is a table's separator, header or later row. */
function isTableRow(line: string, next: string | undefined, isInTable: boolean): boolean {
  if (!line.includes("|")) return false;
  const isHeader = next !== undefined && next.includes("|") && TABLE_SEPARATOR.test(next);
  return isInTable || isHeader || line.trim().startsWith("|") || TABLE_SEPARATOR.test(line);
}

/** Collects the blocks of a document line by line; each method handles one kind of line. */
class BlockReader {
  readonly blocks: string[] = [];
  private paragraph: string[] = [];
  private code: string[] = [];
  private fence: string | null = null;
  private isInTable = false;

  read(rawLine: string, nextLine: string | undefined): void {
    const opening = rawLine.match(FENCE)?.[1];
    if (this.fence !== null) return this.readCode(rawLine, opening);
    if (opening) {
      this.endParagraph();
      this.fence = opening;
      return;
    }
    const line = rawLine.replace(QUOTE, "");
    const isSetext = SETEXT_UNDERLINE.test(line) && this.paragraph.length > 0;
    if (!line.trim() || isSetext || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      this.isInTable = false;
      return this.endParagraph();
    }
    this.isInTable = isTableRow(line, nextLine?.replace(QUOTE, ""), this.isInTable);
    if (this.isInTable) {
      this.endParagraph();
      if (!TABLE_SEPARATOR.test(line)) this.blocks.push(tableCells(line));
    } else if (ATX_HEADING.test(line)) {
      this.endParagraph();
      this.blocks.push(stripInline(line.replace(ATX_HEADING, "").replace(/\s+#+\s*$/, "")).trim());
    } else {
      if (LIST_ITEM.test(line)) this.endParagraph();
      const isHardBreak = / {2,}$|\\$/.test(line);
      this.paragraph.push(line.replace(LIST_ITEM, "").replace(/\\$/, "").trim() + (isHardBreak ? "\n" : ""));
    }
  }

  /** Ends the document: an open paragraph ends, and a fence never closed keeps its text. */
  end(): void {
    this.endCode();
    this.endParagraph();
  }

  private readCode(rawLine: string, opening: string | undefined): void {
    const fence = this.fence ?? "";
    if (opening && opening[0] === fence[0] && opening.length >= fence.length) {
      this.endCode();
      this.fence = null;
    } else {
      this.code.push(rawLine.trimEnd());
    }
  }

  private endParagraph(): void {
    const text = stripInline(joinLines(this.paragraph)).trim();
    if (text) this.blocks.push(text);
    this.paragraph = [];
  }

  private endCode(): void {
    const lines = this.code.filter((l) => l.trim());
    if (lines.length > 0) this.blocks.push(lines.join("\n"));
    this.code = [];
  }
}

/** The translatable text of a Markdown document, paragraphs separated by "\n\n". */
export function extractMarkdown(md: string): { text: string } {
  const reader = new BlockReader();
  const lines = removeComments(md).split(/\r\n|\r|\n/);
  lines.forEach((line, i) => reader.read(line, lines[i + 1]));
  reader.end();
  return { text: reader.blocks.filter(Boolean).join("\n\n") };
}
