import { parseArgs } from "node:util";
import { isDomainError } from "@/lib/core/errors";
import type { DraftEvent } from "@/lib/core/mt/mt-contract";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { english } from "../english";
import { parseDocumentId } from "../parse-document-id";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export const translateCommand = defineCommand({
  usage: `Usage: duizhao translate ID [--only-empty] [--limit N] [--dry-run]

Drafts the paragraphs of a document with the configured machine translation provider (the settings
page's, else DUIZHAO_MT_PROVIDER, DUIZHAO_MT_BASE_URL, DUIZHAO_MT_API_KEY, DUIZHAO_MT_MODEL). Prints
the characters and requests to send first, then a line per paragraph, then the summary. Each draft is
saved as a revision with its origin (mt:PROVIDER:MODEL), status draft; a paragraph that has a
translation is never overwritten. Translations already paid for come from the cache. Ctrl-C stops.

Options:
  --only-empty  Consider the empty paragraphs only (without it, the others are counted as skipped)
  --limit N     Draft at most N paragraphs
  --dry-run     Print what would be sent; send and save nothing
  -h, --help    Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "only-empty": { type: "boolean", default: false }, limit: { type: "string" }, "dry-run": { type: "boolean", default: false } },
    });
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? "Missing document ID." : "Translate one ID at a time.");
    let limit: number | undefined;
    if (values.limit !== undefined) {
      if (!/^\d{1,9}$/.test(values.limit)) throw new CliError(`Invalid --limit "${values.limit}": expected a whole number.`);
      limit = Number(values.limit);
    }
    return { id: parseDocumentId(positionals[0]), onlyEmpty: values["only-empty"], limit, dryRun: values["dry-run"] };
  },

  async run({ id, onlyEmpty, limit, dryRun }) {
    const { getDocument } = await import("@/lib/server/documents");
    const { draftDocument } = await import("@/lib/server/mt/draft-document");
    const document = await getDocument({ id }).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") throw new CliError(`No document with id ${id}. Run "duizhao list" to see the ids.`);
      throw error;
    });
    const number = new Map(document.segments.map((segment) => [segment.id, segment.position + 1]));
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    const print = (event: DraftEvent) => {
      switch (event.type) {
        case "estimate":
          console.log(
            `${count(event.paragraphs, "paragraph")} to draft (${event.cached} from the cache): ${count(event.requests, "request")}, ${count(event.characters, "character")} to send.`,
          );
          break;
        case "filled":
          console.log(`[${event.done}/${event.total}] ¶${event.segment.position + 1} drafted`);
          break;
        case "skipped":
          console.log(`[${event.done}/${event.total}] ¶${number.get(event.segmentId)} skipped: it has a translation`);
          break;
        case "failed":
          console.log(`[${event.done}/${event.total}] ¶${number.get(event.segmentId)} failed: ${english(`Errors.${event.code}`, event.params)}`);
          break;
        case "summary":
          if (!dryRun) console.log(`${event.cancelled ? "Cancelled. " : ""}Filled ${event.filled}, failed ${event.failed}, skipped ${event.skipped}.`);
          break;
      }
    };
    try {
      const summary = await draftDocument({ documentId: id, onlyEmpty, limit, dryRun, signal: controller.signal, onEvent: print, author: "cli" });
      if (summary.failed > 0 || summary.cancelled) process.exitCode = 1;
    } finally {
      process.off("SIGINT", stop);
    }
  },
});
