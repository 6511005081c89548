import { analyzeMatches } from "@/lib/core/analysis/analyze-matches";
import { LOWEST_BAND_SCORE } from "@/lib/core/analysis/match-bands";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { MemoryIndex } from "@/lib/core/memory/memory-index";
import { memoryUnitsOf } from "@/lib/core/memory/memory-units-of";
import type { Benchmark } from "./benchmark";
import { modernChineseSampler, modernMemory, modernSentences } from "./modern-chinese";
import { CPU_REFERENCE } from "./reference.bench";
import { lcg } from "./synthetic-chinese";
import { nearDuplicate, syntheticMemory, syntheticSentences, type SentencePair } from "./synthetic-memory";

// Match analysis (issue 18): a job's paragraphs banded against a memory, with repetitions. A third of
// the job is near the memory, a tenth repeats earlier paragraphs, the rest is new. Two kinds of text:
// characters with modern Chinese frequencies (bench/modern-chinese.ts), which the target is about, and
// the worst case for a character index: 263 common characters only, so every list is long. Timed cold:
// the first analysis after the memory changed builds the character-count index.

type Kind = "modern" | "common";
type Job = { index: MemoryIndex; paragraphs: string[] };
const jobs = new Map<string, Job>();

function texts(kind: Kind, pairs: number, paragraphs: number): { memory: SentencePair[]; fresh: string[]; sample?: (random: () => number) => string } {
  if (kind === "common") return { memory: syntheticMemory(pairs), fresh: syntheticSentences(paragraphs, 11).map((pair) => pair.source) };
  const sample = modernChineseSampler();
  return { memory: modernMemory(pairs, 1, sample), fresh: modernSentences(paragraphs, 11, sample).map((pair) => pair.source), sample };
}

async function jobOf(kind: Kind, pairs: number, paragraphs: number): Promise<Job> {
  const name = `${kind}:${pairs}:${paragraphs}`;
  const found = jobs.get(name);
  if (found) return found;
  const index = new MemoryIndex(await loadMatchKey());
  const { memory, fresh, sample } = texts(kind, pairs, paragraphs);
  memory.forEach(({ source, target }, i) =>
    index.replaceGroup(`tmx:1:${i}`, memoryUnitsOf({ group: `tmx:1:${i}`, source, target, origin: { kind: "tmx", memoryId: 1, memoryName: "bench" } })),
  );
  const random = lcg(7);
  const job = {
    index,
    paragraphs: fresh.map((text, i) => {
      if (i % 10 === 9) return fresh[Math.floor(random() * i)];
      if (i % 3 === 0) return nearDuplicate(random, memory[Math.floor(random() * memory.length)].source, 3, sample);
      return text;
    }),
  };
  jobs.set(name, job);
  return job;
}

function analysisBench(kind: Kind, pairs: number, paragraphs: number, runs: number): Benchmark {
  const text = kind === "modern" ? "modern Chinese" : "263 common characters";
  return {
    name: `analysis (${text}): ${paragraphs.toLocaleString("en")} ¶ against ${pairs.toLocaleString("en")} pairs`,
    size: `${paragraphs.toLocaleString("en")} ¶`,
    runs,
    reference: CPU_REFERENCE,
    // Issue 18: 10,000 ¶ against 100,000 pairs in under 2 s.
    ...(kind === "modern" && pairs >= 100_000 ? { target: 2000 } : {}),
    measure: async () => {
      const { index, paragraphs: job } = await jobOf(kind, pairs, paragraphs);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A change to the memory, so that every run builds the index as the first analysis after a save does.
        index.replaceGroup("bench:change", memoryUnitsOf({ group: "bench:change", source: `改动${i}`, target: "Change.", origin: { kind: "tmx", memoryId: 1, memoryName: "bench" } }));
        const start = performance.now();
        analyzeMatches(job, { keyOf: (text) => index.keyOf(text), bestScore: (key) => index.bestScore(key, { minScore: LOWEST_BAND_SCORE }) });
        samples.push(performance.now() - start);
      }
      return samples;
    },
  };
}

export const benchmarks: Benchmark[] = [
  analysisBench("modern", 10_000, 1_000, 5),
  analysisBench("modern", 100_000, 10_000, 3),
  analysisBench("common", 100_000, 10_000, 1),
];
