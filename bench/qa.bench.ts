import { checkDocument } from "@/lib/core/qa/check-document";
import { checkParagraph } from "@/lib/core/qa/check-paragraph";
import type { QaSegment } from "@/lib/core/qa/qa-types";
import type { Benchmark } from "./benchmark";
import { CPU_REFERENCE } from "./reference.bench";
import { syntheticChineseBytes } from "./synthetic-chinese";

// QA over a 10,000-paragraph document: synthetic Chinese paragraphs, each with a clause full of
// numbers, a date and a time (80名隊員於4月1日凌晨一點半到崗，共2萬余人次), and an English translation
// of about the usual length with the same facts; every 50th translation has a wrong number.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FILLER = "the officers of the urban management commission worked day and night to keep the city safe ";
const paragraphs = new TextDecoder()
  .decode(syntheticChineseBytes(8 * 1024 * 1024))
  .split("\n")
  .filter(Boolean)
  .slice(0, 10_000)
  // The filler must not count: numerals are only where the clause below puts them.
  .map((text) => text.replace(/[一二三四五六七八九十两百千万亿零第]/g, "的"));

function segment(text: string, i: number): QaSegment {
  const [people, month, day, hour, tens] = [10 + (i % 190), 1 + (i % 12), 1 + (i % 28), 1 + (i % 11), 1 + (i % 9)];
  const source = `${text}${people}名隊員於${month}月${day}日凌晨${hour}點半到崗，共${tens}萬余人次，第四次核酸檢測，兩三個小時。`;
  const wrong = i % 50 === 0 ? 1 : 0;
  const english = FILLER.repeat(Math.ceil((text.length * 3) / FILLER.length)).slice(0, Math.round(text.length * 3));
  const target = `${english} ${people + wrong} officers arrived at ${hour}:30 a.m. on ${MONTHS[month - 1]} ${day}; more than ${tens * 10_000} person-times, the fourth round of testing, two or three hours.`;
  return { id: i + 1, source, target, status: "translated" };
}

const segments = paragraphs.map(segment);
const chars = segments.reduce((n, s) => n + s.source.length + s.target.length, 0);

function onSave(): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = performance.now();
    checkParagraph(segments[(i * 7) % segments.length]);
    samples.push(performance.now() - start);
  }
  return Promise.resolve(samples);
}

export const benchmarks: Benchmark[] = [
  { name: "qa: check a whole document", size: `10,000 ¶, ${(chars / 1e6).toFixed(1)} M chars`, run: () => checkDocument(segments), runs: 10, warmup: 2, reference: CPU_REFERENCE, isChecked: true },
  { name: "qa: check one paragraph on save", size: "1 ¶ (2,000 samples)", measure: onSave },
];
