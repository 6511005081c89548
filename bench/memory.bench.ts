import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadMatchKey } from "@/lib/core/convert/match-key";
import { MemoryIndex } from "@/lib/core/memory/memory-index";
import type { MemoryUnit } from "@/lib/core/memory/memory-types";
import { memoryUnitsOf } from "@/lib/core/memory/memory-units-of";
import type { Benchmark } from "./benchmark";
import { CPU_REFERENCE } from "./reference.bench";
import { lcg } from "./synthetic-chinese";
import { nearDuplicate, syntheticMemory, syntheticSentences, type SentencePair } from "./synthetic-memory";

// Translation memory (issue 7) at 10,000 and 100,000 sentence pairs: building the bigram index (match
// keys included), fuzzy lookups as the editor makes them (a paragraph and its sentences), concordance
// searches in Chinese and in English, the heap the index takes, and keeping it current on a save. Data is made on first use, so
// other benchmarks chosen by the filter do not pay for it.

// global.gc without --expose-gc on the command line: the flag can still be set at run time.
setFlagsFromString("--expose-gc");
const gc = ((globalThis as { gc?: () => void }).gc ?? runInNewContext("gc")) as () => void;
const matchKey = await loadMatchKey();
const LOOKUPS = 1000;
const SEARCHES = 300;

type Memory = { pairs: SentencePair[]; units: MemoryUnit[][]; index?: MemoryIndex; heapBytes?: number; buildCpu: number[] };
const memories = new Map<number, Memory>();

function memoryOf(size: number): Memory {
  let memory = memories.get(size);
  if (!memory) {
    const pairs = syntheticMemory(size);
    const units = pairs.map(({ source, target }, i) => {
      const group = `tmx:1:${i}`;
      return memoryUnitsOf({ group, source, target, origin: { kind: "tmx", memoryId: 1, memoryName: "bench" } });
    });
    memory = { pairs, units, buildCpu: [] };
    memories.set(size, memory);
  }
  return memory;
}

function build(memory: Memory): MemoryIndex {
  const index = new MemoryIndex(matchKey);
  memory.units.forEach((units, i) => index.replaceGroup(`tmx:1:${i}`, units));
  return index;
}

/** Builds the index `runs` times (timed); the heap it takes is measured around one more, with a GC either side. */
function measureBuild(size: number, runs: number): Promise<number[]> {
  const memory = memoryOf(size);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    build(memory);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    memory.buildCpu.push((used.user + used.system) / 1000);
  }
  memory.index = undefined;
  gc();
  const before = process.memoryUsage().heapUsed;
  memory.index = build(memory);
  gc();
  memory.heapBytes = process.memoryUsage().heapUsed - before;
  return Promise.resolve(samples);
}

/** What the editor asks when a paragraph gets focus: near-duplicates, exact repeats, paragraphs, new text. */
function lookupQueries(memory: Memory): string[] {
  const random = lcg(99);
  const fresh = syntheticSentences(LOOKUPS, 7).map((pair) => pair.source);
  const stored = () => memory.pairs[Math.floor(random() * memory.pairs.length)].source;
  return Array.from({ length: LOOKUPS }, (_, i) => {
    const kind = i % 10;
    if (kind < 4) return nearDuplicate(random, stored(), 6);
    if (kind < 5) return stored();
    if (kind < 8) return [nearDuplicate(random, stored(), 3), fresh[i], stored()].join("");
    return fresh[i];
  });
}

function timeEach<T>(queries: T[], run: (query: T) => unknown): Promise<number[]> {
  queries.slice(0, 20).forEach(run);
  return Promise.resolve(
    queries.map((query) => {
      const start = performance.now();
      run(query);
      return performance.now() - start;
    }),
  );
}

function chineseSearches(memory: Memory): string[] {
  const random = lcg(5);
  return Array.from({ length: SEARCHES }, () => {
    const chars = [...memory.pairs[Math.floor(random() * memory.pairs.length)].source];
    const at = Math.floor(random() * (chars.length - 4));
    return chars.slice(at, at + 2 + Math.floor(random() * 3)).join("");
  });
}

function englishSearches(memory: Memory): string[] {
  const random = lcg(6);
  return Array.from({ length: SEARCHES }, () => {
    const words = memory.pairs[Math.floor(random() * memory.pairs.length)].target.replace(/\.$/, "").split(" ");
    const at = Math.floor(random() * words.length);
    return words.slice(at, at + 1 + Math.floor(random() * 2)).join(" ");
  });
}

/** A save: a paragraph of three sentences replaces one group's units (last, as it changes the index). */
function saves(size: number): Promise<number[]> {
  const { pairs } = memoryOf(size);
  const random = lcg(8);
  const updates = Array.from({ length: 1000 }, (_, i) => {
    const group = `tmx:1:${Math.floor(random() * size)}`;
    const three = [0, 1, 2].map(() => pairs[Math.floor(random() * pairs.length)]);
    const source = three.map((pair) => pair.source).join("");
    const target = three.map((pair) => pair.target).join(" ");
    return { group, units: memoryUnitsOf({ group, source, target, origin: { kind: "document", documentId: 1, documentTitle: "b", segmentId: i, position: i } }) };
  });
  return timeEach(updates, ({ group, units }) => indexOf(size).replaceGroup(group, units));
}

const indexOf = (size: number) => memoryOf(size).index ?? (memoryOf(size).index = build(memoryOf(size)));
const mb = (bytes: number) => bytes / 1024 / 1024;

function benchmarksFor(size: number, buildRuns: number): Benchmark[] {
  const label = `${size.toLocaleString("en")} pairs`;
  return [
    { name: `memory: build index (${label})`, size: label, measure: () => measureBuild(size, buildRuns), reference: CPU_REFERENCE, ...(size >= 100_000 ? { target: 2000 } : {}) },
    // CPU time (GC threads included) tells less of a busy machine than wall time.
    { name: `memory: build index, CPU time (${label})`, size: label, measure: () => Promise.resolve(memoryOf(size).buildCpu) },
    { name: `memory: fuzzy lookup (${label})`, size: `${LOOKUPS} ¶ and sentences`, measure: () => timeEach(lookupQueries(memoryOf(size)), (q) => indexOf(size).lookup(q)) },
    { name: `memory: concordance, Chinese (${label})`, size: `${SEARCHES} × 2–4 chars`, measure: () => timeEach(chineseSearches(memoryOf(size)), (q) => indexOf(size).search(q)) },
    { name: `memory: concordance, English (${label})`, size: `${SEARCHES} × 1–2 words`, measure: () => timeEach(englishSearches(memoryOf(size)), (q) => indexOf(size).search(q)) },
    { name: `memory: index heap, GC'd (${label})`, size: label, unit: "MB", measure: () => Promise.resolve([mb(memoryOf(size).heapBytes ?? 0)]) },
    { name: `memory: index estimate, stats() (${label})`, size: label, unit: "MB", measure: () => Promise.resolve([mb(indexOf(size).stats().approxBytes)]) },
    { name: `memory: update on save, replaceGroup (${label})`, size: "¶ of 3 sentences", measure: () => saves(size) },
  ];
}

export const benchmarks: Benchmark[] = [...benchmarksFor(10_000, 5), ...benchmarksFor(100_000, 2)];
