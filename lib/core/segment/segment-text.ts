import type { SegmentKind } from "../model";

/** A paragraph of a text: [start, end) are UTF-16 offsets into that text. */
export type TextParagraph = { text: string; kind: SegmentKind; start: number; end: number };

const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
const CJK = new RegExp(`[${HAN}]|[\\u{20000}-\\u{3134f}]`, "u");
const SENTENCE_END = /[。！？!?…；;：:，,、”」』）)】]$/u;
const MAX_HEADING_LENGTH = 40;
// Section headings glued to their paragraph: `迎難而上 向險而進 隨著疫情…` (two or more short phrases).
const GLUED_HEADING = new RegExp(`^((?:[${HAN}]{2,12}[ \\u3000]+){1,3}[${HAN}]{2,12})[ \\u3000]+(?=\\S)`);
const MIN_BODY_AFTER_HEADING = 15;
const BYLINE = new RegExp(
  `^[（(【\\[]?\\s*(来源|來源|作者|文|记者|記者|通讯员|通訊員|责任编辑|責任編輯|编辑|編輯|撰文|供稿|摄影|攝影|图|圖)\\s*[：:／/]`,
);

function kindOf(line: string): SegmentKind {
  if (BYLINE.test(line) && [...line].length <= 60) return "byline";
  const length = [...line].length;
  return length <= MAX_HEADING_LENGTH && CJK.test(line) && !SENTENCE_END.test(line) ? "heading" : "body";
}

/** Splits a glued section heading off the start of a paragraph, if there is one. */
function splitGluedHeading(paragraph: TextParagraph): TextParagraph[] {
  const m = GLUED_HEADING.exec(paragraph.text);
  if (!m) return [paragraph];
  const bodyStart = m[0].length;
  const body = paragraph.text.slice(bodyStart);
  const isBody = [...body].length >= MIN_BODY_AFTER_HEADING && /[。！？，,.!?]/.test(body);
  if (!isBody) return [paragraph];
  return [
    { text: m[1], kind: "heading", start: paragraph.start, end: paragraph.start + m[1].length },
    { text: body, kind: kindOf(body), start: paragraph.start + bodyStart, end: paragraph.end },
  ];
}

/**
 * Splits a text into paragraphs as an editor would: one per non-blank line, trimmed, with glued section
 * headings split off (unless asked not to: a raw import keeps its lines), and each paragraph's kind.
 */
export function segmentText(text: string, { splitHeadings = true } = {}): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const lead = /^[\s\u3000\u00a0]*/.exec(line)![0].length;
    const trimmed = line.replace(EDGE_SPACE, "");
    if (trimmed) {
      const start = offset + lead;
      const paragraph = { text: trimmed, kind: kindOf(trimmed), start, end: start + trimmed.length };
      paragraphs.push(...(splitHeadings ? splitGluedHeading(paragraph) : [paragraph]));
    }
    offset += line.length + (text.startsWith("\r\n", offset + line.length) ? 2 : 1);
  }
  return paragraphs;
}
