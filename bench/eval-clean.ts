// `npm run eval:clean`: damages every clean text of lib/core/clean/corpus with each mix and seed, cleans
// it as an import does and prints what was recovered, what each kind of damage left, and every change
// the cleanup makes to the clean texts themselves (false alarms).
import { readFileSync } from "node:fs";
import { cleanText } from "@/lib/core/clean/clean-text";
import { CORPUS_SEEDS, evaluateCorpus, importedParagraphs } from "@/lib/core/clean/corpus/evaluate-corpus";
import { CLEANUP_RULES } from "@/lib/core/clean/types";
import { loadCorpusTexts } from "./corpus-texts";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const fixed = (value: number) => value.toFixed(3);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// `npm run eval:clean -- [--seeds N] [NAME]`: more seeds, or only the texts whose name holds NAME.
const args = process.argv.slice(2);
const seedsAt = args.indexOf("--seeds");
const seedCount = seedsAt >= 0 ? Number(args.splice(seedsAt, 2)[1]) : CORPUS_SEEDS.length;
if (!Number.isInteger(seedCount) || seedCount < 1) {
  console.error("eval:clean: --seeds takes a whole number of seeds, 1 or more");
  process.exit(1);
}
const texts = loadCorpusTexts().filter((text) => !args[0] || text.name.includes(args[0]));
const report = evaluateCorpus(texts, { seeds: Array.from({ length: seedCount }, (_, i) => i + 1) });

console.log("Pages (similarity = 1 − Levenshtein / longer length, on paragraphs joined by line breaks):\n");
console.log(
  table(
    ["text", "mix", "seed", "platform", "similarity", "boundary F1", "residue left (kind: left/injected)", "edits by rule"],
    report.pages.map((page) => [
      page.text,
      page.mix,
      String(page.seed),
      page.platform,
      fixed(page.score.similarity),
      fixed(page.score.boundaryF1),
      Object.entries(page.score.residue)
        .filter(([, r]) => r.left > 0)
        .map(([kind, r]) => `${kind} ${r.left}/${r.injected}`)
        .join(", "),
      Object.entries(page.editsByRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(", "),
    ]),
  ),
);

console.log("\nResidue by damage kind (share of what was injected that is still there; breaks and glued headings by count, punctuation by marks, the rest by characters):\n");
console.log(
  table(
    ["kind", "injected", "left", "residue"],
    Object.entries(report.residue).map(([kind, r]) => [kind, String(r.injected), String(r.left), percent(r.injected ? r.left / r.injected : 0)]),
  ),
);

console.log("\nBy rule (edits applied on the damaged pages; changes and flags on the clean texts):\n");
console.log(
  table(
    ["rule", "edits on damaged pages", "false alarms"],
    CLEANUP_RULES.map((rule) => [
      rule,
      String(report.pages.reduce((sum, page) => sum + (page.editsByRule[rule] ?? 0), 0)),
      String(report.falseAlarms.filter((alarm) => alarm.rule === rule).length),
    ]).concat([["segmentation", "", String(report.falseAlarms.filter((alarm) => alarm.rule === "segmentation").length)]]),
  ),
);

const byMix = new Map<string, number[]>();
for (const page of report.pages) byMix.set(page.mix, [...(byMix.get(page.mix) ?? []), page.score.similarity]);
console.log("\nMean similarity by mix:\n");
console.log(table(["mix", "mean"], [...byMix].map(([mix, values]) => [mix, fixed(values.reduce((a, b) => a + b, 0) / values.length)])));

console.log(`\nFalse alarms on the ${texts.length} clean texts (each must come out unchanged): ${report.falseAlarms.length}`);
for (const alarm of report.falseAlarms) {
  const detail = alarm.detail ? ` (${alarm.detail})` : "";
  console.log(`  ${alarm.text}  ${alarm.rule}${detail} ${alarm.status}: ${JSON.stringify(alarm.original)} → ${JSON.stringify(alarm.replacement)}`);
}

// The demo page has no golden text: what the cleanup did to it is shown, not scored.
const demo = readFileSync("samples/demo-forum-page.txt", "utf8");
const demoEdits = new Map<string, number>();
for (const edit of cleanText(demo).edits) demoEdits.set(`${edit.rule} ${edit.status}`, (demoEdits.get(`${edit.rule} ${edit.status}`) ?? 0) + 1);
console.log(`\nDemo page (no golden, not scored): ${importedParagraphs(demo).length} paragraphs; ${[...demoEdits].map(([k, n]) => `${k} ${n}`).join(", ")}`);

console.log(
  `\nCorpus: ${texts.length} texts, ${report.pages.length} pages. Mean similarity ${fixed(report.mean)}, mean boundary F1 ${fixed(report.meanBoundaryF1)}, false alarms ${report.falseAlarms.length}.`,
);
