import type { SegmentKind } from "../model";
import { codePointLength } from "../text/code-points";
import { CLAUSE_ENDS, CLOSERS, HAN, SENTENCE_ENDS, hasHan } from "../text/char-classes";

/** A paragraph of a text: [start, end) are UTF-16 offsets into that text. */
export type TextParagraph = { text: string; kind: SegmentKind; start: number; end: number };

const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}${CLAUSE_ENDS}${CLOSERS}]$`, "u");
const MAX_HEADING_LENGTH = 40;
const MIN_BODY_AFTER_HEADING = 15;
const MAX_GLUED_HEADING = 30;
const HAS_SENTENCE_PUNCTUATION = /[。！？，,.!?]/;
const SENTENCE_INSIDE = /[。！？!?；;，,]/;
// Evidence that a paragraph starts with a heading glued to it (without it, words separated by spaces stay
// one paragraph: `北京 上海 廣州 深圳等一線城市…`, `張三 李四 今天…`):
// - a paragraph indent between them, two ideographic spaces (or several spaces): `工作安排　　根據上級部署…`;
const INDENT_GAP = /[ \u3000]*(?:\u3000\u3000|\u3000 | \u3000|  )[ \u3000]*/;
// - a numbered heading: `二、工作安排 根據…`, `（一）總體要求 …`, `第一章 總則 …`;
const NUMBERED_HEADING = new RegExp(
  "^((?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\\d]+[）)]|第[一二三四五六七八九十百千\\d]+[章節节回部篇卷])[ \u3000]?" +
    // the title, which may hold Latin words: `二、安装 Nginx`, `五、申请 HTTPS 证书`
    "[^\\s。！？，,；;：:]{1,24}(?:[ ][A-Za-z0-9][\\w.+/-]*(?:[ ][^\\s。！？，,；;：:A-Za-z]{1,8}(?=[ ]))?)*)[ \u3000]+(?=\\S)",
);
// - parallel phrases of four or more characters, as section titles are written: `迎難而上 向險而進 隨著…`.
const PARALLEL_HEADING = new RegExp(`^((?:[${HAN}]{4,12}[ \u3000]+){1,3}[${HAN}]{4,12})[ \u3000]+(?=\\S)`, "u");
// - a title of four to sixteen characters, then one space and a long paragraph whose first words are not
//   another short word and a space (which would make it a list) nor Latin text (`运行 nginx -v`), the title not ending as a clause does
//   (`了`, `吗`, `的`…): `父親的修錶鋪 父親的修錶鋪開在…`;
const TITLE_BEFORE_SPACE = new RegExp(`^([${HAN}][^\\s。！？，,；;、]{2,14}[^\\s。！？，,；;、了吗嗎呢吧啊呀哦啦么麼的得地着著过過])[ \u3000](?![${HAN}]{1,4}[ \u3000])(?=[${HAN}“「])`, "u");
const MIN_BODY_AFTER_TITLE = 24;
const SENTENCE_END_FINAL = new RegExp(`[${SENTENCE_ENDS}”」』]$`, "u");
// - a reporter's byline: `本报记者 周明远 通讯员 林晓 本报讯 截至…`.
const GLUED_BYLINE = /^((?:本[报報])?(?:[记記]者|[通][讯訊][员員])(?:[ \u3000]+[^\s，。,.]{2,4}){1,3}(?:[ \u3000]+(?:[记記]者|[通][讯訊][员員])(?:[ \u3000]+[^\s，。,.]{2,4}){1,3})*)[ \u3000]+(?=\S)/;
const REPORTER_BYLINE = /^(?:本[报報])?(?:[记記]者|[通][讯訊][员員])(?:[ \u3000]+[^\s，。,.]{2,4}){1,3}(?:[ \u3000]+(?:[记記]者|[通][讯訊][员員])(?:[ \u3000]+[^\s，。,.]{2,4}){1,3})*$/;
const BYLINE = new RegExp(
  `^[（(【\\[]?\\s*(来源|來源|作者|文|记者|記者|通讯员|通訊員|责任编辑|責任編輯|编辑|編輯|撰文|供稿|摄影|攝影)\\s*[：:／/]`,
);

// A picture's credit or note, which belongs under the picture: `（图：新华社）`, `（記者 王某 攝）`.
const CAPTION = /^(?:[（(【\[]?\s*(?:图|圖)片?\s*[：:／/]|[（(【\[]\s*[^（）()【】\[\]]{1,24}[摄攝]\s*[）)】\]]$)/;

function kindOf(line: string): SegmentKind {
  const length = codePointLength(line);
  if (CAPTION.test(line) && length <= 60) return "caption";
  if ((BYLINE.test(line) || REPORTER_BYLINE.test(line)) && length <= 60) return "byline";
  return length <= MAX_HEADING_LENGTH && hasHan(line) && !SENTENCE_END.test(line) ? "heading" : "body";
}

/** The length of a glued heading at the start of a paragraph, and where its body starts; null if none. */
function gluedHeading(text: string): { headEnd: number; bodyStart: number } | null {
  const gap = INDENT_GAP.exec(text.slice(0, MAX_GLUED_HEADING + 8));
  if (gap && gap.index > 0) {
    const head = text.slice(0, gap.index);
    if (codePointLength(head) <= MAX_GLUED_HEADING && hasHan(head) && !SENTENCE_INSIDE.test(head)) {
      return { headEnd: gap.index, bodyStart: gap.index + gap[0].length };
    }
  }
  const m = NUMBERED_HEADING.exec(text) ?? PARALLEL_HEADING.exec(text) ?? GLUED_BYLINE.exec(text);
  if (m) return { headEnd: m[1].length, bodyStart: m[0].length };
  const title = TITLE_BEFORE_SPACE.exec(text);
  if (title && codePointLength(text) - title[0].length >= MIN_BODY_AFTER_TITLE && SENTENCE_END_FINAL.test(text)) {
    return { headEnd: title[1].length, bodyStart: title[0].length };
  }
  return null;
}

/** Splits a glued section heading off the start of a paragraph when there is evidence for one. */
function splitGluedHeading(paragraph: TextParagraph): TextParagraph[] {
  const glued = gluedHeading(paragraph.text);
  if (!glued) return [paragraph];
  const body = paragraph.text.slice(glued.bodyStart);
  const isBody = codePointLength(body) >= MIN_BODY_AFTER_HEADING && HAS_SENTENCE_PUNCTUATION.test(body);
  if (!isBody) return [paragraph];
  const heading = paragraph.text.slice(0, glued.headEnd);
  return [
    { text: heading, kind: REPORTER_BYLINE.test(heading) ? "byline" : "heading", start: paragraph.start, end: paragraph.start + heading.length },
    { text: body, kind: kindOf(body), start: paragraph.start + glued.bodyStart, end: paragraph.end },
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
