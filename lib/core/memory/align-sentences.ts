import { codePointsOf, splitChineseSentences, splitEnglishSentences, type SentenceSpan } from "./split-sentences";

export type SentencePair = { source: SentenceSpan; target: SentenceSpan };

/**
 * Pairs the sentences of a Chinese paragraph with those of its English translation, in order, when
 * their counts agree; otherwise one pair of the whole (trimmed) paragraphs. Empty when either is blank.
 */
export function alignSentences(source: string, target: string): SentencePair[] {
  const sources = splitChineseSentences(source);
  const targets = splitEnglishSentences(target);
  if (sources.length === 0 || targets.length === 0) return [];
  if (sources.length === targets.length) return sources.map((sentence, i) => ({ source: sentence, target: targets[i] }));
  const whole = (spans: SentenceSpan[], text: string): SentenceSpan => {
    const { start } = spans[0];
    const { end } = spans[spans.length - 1];
    const chars = codePointsOf(text);
    return { start, end, text: typeof chars === "string" ? chars.slice(start, end) : chars.slice(start, end).join("") };
  };
  return [{ source: whole(sources, source), target: whole(targets, target) }];
}
