import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateCorpus, falseAlarmsOf, type CorpusText } from "./evaluate-corpus";

// The cleanup judged on the corpus (`npm run eval:clean` prints the details): 0.977 when this was
// written; below 0.97 the rules have lost ground.
const MEAN_FLOOR = 0.97;

const dir = new URL("./texts/", import.meta.url);
const texts: CorpusText[] = readdirSync(dir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => ({ name: file, script: file.includes("zh-Hant") ? "hant" : "hans", text: readFileSync(new URL(file, dir), "utf8") }));

describe("the cleanup on the corpus", () => {
  it.each(texts.map((text) => [text.name, text] as const))("leaves the clean text %s exactly as it is", (_, text) => {
    expect(falseAlarmsOf(text)).toEqual([]);
  });

  it(`recovers the damaged pages with a mean character similarity of at least ${MEAN_FLOOR}`, () => {
    expect(evaluateCorpus(texts).mean).toBeGreaterThanOrEqual(MEAN_FLOOR);
  });
});
