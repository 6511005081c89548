import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { detectScript } from "@/lib/core/convert/detect-script";
import { reviewConversion } from "@/lib/core/convert/review-conversion";
import { DEFAULT_CLEANUP_CHOICES } from "@/lib/core/clean/clean-text";
import { prepareImport } from "@/lib/core/import/prepare-import";
import type { SourceScript } from "@/lib/core/model";
import { checkDocument } from "@/lib/core/qa/check-document";
import { checkMojibake } from "@/lib/core/qa/check-mojibake";
import { CliError } from "../cli-error";
import { countFindings, formatReport, reportJson, type CheckedParagraph } from "../check-report";
import { defineCommand } from "../command";
import { parseDocumentId } from "../parse-document-id";
import { readBilingualFile } from "../read-bilingual-file";
import { readInputFile } from "../read-input-file";
import { BILINGUAL_EXTENSIONS } from "./import-bilingual";

export const checkCommand = defineCommand({
  usage: `Usage: duizhao check FILE_OR_ID [--json] [--strict]

Prints the QA warnings (numbers, dates and times, untranslated, length, consistency, punctuation,
glossary, garbled source text) and the conversion review's findings, one line per finding: "¶12 numbers: …".

  ID                a stored document: every check; warnings ignored in the editor are left out
  FILE.xlf / .tmx   an XLIFF 1.2/2.0 or TMX file: the QA checks on its pairs, and the conversion review
  FILE              a text, HTML or DOCX file, cleaned as the import cleans it: garbled text left in
                    and the conversion review (there is no translation to check)

Options:
  --json     Print { paragraphs, totals } as JSON
  --strict   Exit with code 1 when anything was found (for a pipeline)
  -h, --help Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, strict: { type: "boolean" } } });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing FILE or document ID to check." : "Check one FILE or ID at a time.");
    const [target] = positionals;
    // A number names a document unless a file of that name is here.
    const id = /^\d+$/.test(target) && !existsSync(target) ? parseDocumentId(target) : null;
    return { id, file: id === null ? target : null, json: values.json === true, strict: values.strict === true };
  },

  async run({ id, file, json, strict }) {
    const paragraphs = id !== null ? await checkStored(id) : await checkFile(file!);
    process.stdout.write(json ? reportJson(paragraphs) : formatReport(paragraphs));
    const totals = countFindings(paragraphs);
    if (strict && totals.qa + totals.conversion > 0) process.exitCode = 1;
  },
});

async function reviewAll(sources: readonly string[], script: SourceScript) {
  const found = [];
  for (const source of sources) found.push(await reviewConversion(source, script));
  return found;
}

async function checkStored(documentId: number): Promise<CheckedParagraph[]> {
  const { getDocument } = await import("@/lib/server/documents");
  const { runDocumentQa } = await import("@/lib/server/qa");
  const { findConversionFindings } = await import("@/lib/server/conversion-review");
  const document = await getDocument({ id: documentId });
  const qa = new Map((await runDocumentQa({ documentId })).map((paragraph) => [paragraph.segmentId, paragraph.findings]));
  // The stored review applies the translator's choices: a resolved leftover is no longer reported.
  const conversion = new Map((await findConversionFindings({ documentId })).map((paragraph) => [paragraph.segmentId, paragraph.findings.filter((finding) => !finding.overrideId)]));
  return document.segments.map((segment, i) => ({ n: i + 1, qa: qa.get(segment.id) ?? [], conversion: conversion.get(segment.id) ?? [] }));
}

async function checkFile(file: string): Promise<CheckedParagraph[]> {
  const { runParseTask } = await import("@/lib/server/run-parse-task");
  if (BILINGUAL_EXTENSIONS.test(file)) {
    const { units } = await runParseTask("parseBilingual", [await readBilingualFile(file)]);
    const segments = units.map((unit, i) => ({ id: i + 1, source: unit.source, target: unit.target, status: unit.status }));
    const qa = checkDocument(segments);
    const conversion = await reviewAll(
      units.map((unit) => unit.source),
      detectScript(units.map((unit) => unit.source).join("\n")),
    );
    return segments.map((segment, i) => ({ n: i + 1, qa: [...checkMojibake(segment.source), ...(qa.get(segment.id) ?? [])].map((finding) => ({ ...finding, isIgnored: false })), conversion: conversion[i] }));
  }
  const source = await runParseTask("readImportSource", [{ bytes: await readInputFile(file), fileName: path.basename(file) }]);
  const prepared = prepareImport(source, { cleanup: DEFAULT_CLEANUP_CHOICES });
  const conversion = await reviewAll(
    prepared.segments.map((segment) => segment.source),
    prepared.script,
  );
  return conversion.map((found, i) => ({ n: i + 1, qa: checkMojibake(prepared.segments[i].source).map((finding) => ({ ...finding, isIgnored: false })), conversion: found }));
}
