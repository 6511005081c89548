import { SEGMENT_STATUSES, type SegmentStatus } from "../model";
import { splitChineseSentences } from "../memory/split-sentences";
import { countCharacters, countEnglishWords, countHan } from "./count-text";

export type StatusCounts = Record<SegmentStatus, number>;

export type DocumentCounts = {
  /** Han characters of the source: the unit a Chinese job is priced by. */
  han: number;
  /** Every character of the source but white space. */
  characters: number;
  /** English words of the translations. */
  englishWords: number;
  paragraphs: StatusCounts;
  /** Source sentences, each with its paragraph's status. */
  sentences: StatusCounts;
  /** Han characters by their paragraph's status: what is left to translate, what is done. */
  hanByStatus: StatusCounts;
};

type Paragraph = { source: string; target: string; status: SegmentStatus };

const zeroes = (): StatusCounts => Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as StatusCounts;

/** The counts of one document or, added up, of several. */
export function countDocument(paragraphs: Iterable<Paragraph>): DocumentCounts {
  const counts: DocumentCounts = { han: 0, characters: 0, englishWords: 0, paragraphs: zeroes(), sentences: zeroes(), hanByStatus: zeroes() };
  for (const { source, target, status } of paragraphs) {
    const han = countHan(source);
    counts.han += han;
    counts.characters += countCharacters(source);
    counts.englishWords += countEnglishWords(target);
    counts.paragraphs[status]++;
    counts.sentences[status] += Math.max(1, splitChineseSentences(source).length);
    counts.hanByStatus[status] += han;
  }
  return counts;
}

export function addCounts(a: DocumentCounts, b: DocumentCounts): DocumentCounts {
  const add = (x: StatusCounts, y: StatusCounts) => Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, x[s] + y[s]])) as StatusCounts;
  return {
    han: a.han + b.han,
    characters: a.characters + b.characters,
    englishWords: a.englishWords + b.englishWords,
    paragraphs: add(a.paragraphs, b.paragraphs),
    sentences: add(a.sentences, b.sentences),
    hanByStatus: add(a.hanByStatus, b.hanByStatus),
  };
}
