import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CliError } from "./cli-error";
import type { Command } from "./command";
import { describeError } from "./describe-error";
import { prepareDatabase } from "./prepare-database";

// bin/duizhao.js names the project's folder: compiled, this module lives in dist/cli.
const projectRoot = process.env.DUIZHAO_PROJECT_ROOT ?? path.resolve(fileURLToPath(new URL("..", import.meta.url)));
// lib/server finds the project's files (the bundled dictionary) here when run from another folder.
process.env.DUIZHAO_ROOT ??= projectRoot;

// Command modules are loaded on demand: they import lib/server only inside run(), after prepareDatabase.
const COMMANDS: Record<string, { synopsis: string; summary: string; load: () => Promise<Command<unknown>> }> = {
  clean: {
    synopsis: "clean FILE [--json] [--encoding ENC] [--no-RULE]",
    summary: "Print a scraped text cleaned; nothing is stored",
    load: async () => (await import("./commands/clean")).cleanCommand,
  },
  import: {
    synopsis: "import FILE [--title T] [--raw] [--into ID]",
    summary: "Import a text (cleaned) or an XLIFF/TMX file; prints the new id",
    load: async () => (await import("./commands/import")).importCommand,
  },
  list: {
    synopsis: "list [--json]",
    summary: "List the documents with their progress",
    load: async () => (await import("./commands/list")).listCommand,
  },
  export: {
    synopsis: "export ID [--format F] [--script S] [-o FILE]",
    summary: "Write a document: tmx, xliff12, xliff20, csv, tsv, html, md, docx, txt, json",
    load: async () => (await import("./commands/export")).exportCommand,
  },
  check: {
    synopsis: "check FILE_OR_ID [--json] [--strict]",
    summary: "Print QA warnings and conversion findings (--strict: exit 1 on any)",
    load: async () => (await import("./commands/check")).checkCommand,
  },
  glossary: {
    synopsis: "glossary export [--format F] | import FILE",
    summary: "Write the glossary as TBX 2008, TBX v3 or CSV; add a CSV or TBX file's terms",
    load: async () => (await import("./commands/glossary")).glossaryCommand,
  },
  analyze: {
    synopsis: "analyze ID... [--sentences] [--rate R] [--json]",
    summary: "Count documents and analyse them against the memory (repetitions, match bands, a quote)",
    load: async () => (await import("./commands/analyze")).analyzeCommand,
  },
  search: {
    synopsis: "search TEXT [--limit N] [--json]",
    summary: "Find a text in every document and translation memory (either script)",
    load: async () => (await import("./commands/search")).searchCommand,
  },
  memory: {
    synopsis: "memory import FILE.tmx [--name N] | list | delete ID",
    summary: "Import, list or delete translation memories (TMX)",
    load: async () => (await import("./commands/memory")).memoryCommand,
  },
  translate: {
    synopsis: "translate ID [--only-empty] [--limit N] [--dry-run]",
    summary: "Draft empty paragraphs with the configured machine translation",
    load: async () => (await import("./commands/translate")).translateCommand,
  },
  backup: {
    synopsis: "backup FILE",
    summary: "Copy the SQLite database into FILE, safely while the server runs",
    load: async () => (await import("./commands/backup")).backupCommand,
  },
  restore: {
    synopsis: "restore FILE",
    summary: "Replace the SQLite database with a backup (server stopped)",
    load: async () => (await import("./commands/restore")).restoreCommand,
  },
  users: {
    synopsis: "users add EMAIL [--role R] | list | remove EMAIL | link EMAIL",
    summary: "Team mode accounts: add (prints a one-time set-password link), list, remove",
    load: async () => (await import("./commands/users")).usersCommand,
  },
  setup: {
    synopsis: "setup",
    summary: "Apply database migrations and import the demo document",
    load: async () => (await import("./commands/setup")).setupCommand,
  },
};

const HELP = `Duizhao (对照): a workbench for translating Chinese texts into English.

Usage: duizhao <command> [options]

Commands:
${Object.values(COMMANDS)
  .map(({ synopsis, summary }) => `  ${synopsis.padEnd(50)}${summary}`)
  .join("\n")}

Options:
  -h, --help      Show this help; after a command, that command's help
  -v, --version   Show the version

Environment:
  DATABASE_URL    file:PATH (default: the project's data/duizhao.db; relative paths are
                  relative to the current directory) or postgresql://USER:PASSWORD@HOST/DB
  DUIZHAO_MT_PROVIDER, DUIZHAO_MT_BASE_URL, DUIZHAO_MT_API_KEY, DUIZHAO_MT_MODEL
                  machine translation for "translate" (openai, deepl or libretranslate), unless
                  the settings page stored a provider
`;

function version(): string {
  return JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version;
}

function wantsHelp(argv: string[]): boolean {
  const { values } = parseArgs({ args: argv, strict: false, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  return values.help === true;
}

function parseOrExplain<Args>(command: Command<Args>, argv: string[], name: string): Args {
  try {
    return command.parse(argv);
  } catch (error) {
    const message = describeError(error);
    if (message === null) throw error;
    throw new CliError(`${message}\nRun "duizhao ${name} --help" for usage.`);
  }
}

async function main([name, ...argv]: string[]): Promise<void> {
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (name === "--version" || name === "-v") {
    console.log(version());
    return;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const what = name.startsWith("-") ? "option" : "command";
    throw new CliError(`Unknown ${what} "${name}". Run "duizhao --help" to see the commands.`);
  }
  const command = await entry.load();
  if (wantsHelp(argv)) {
    process.stdout.write(command.usage);
    return;
  }
  const args = parseOrExplain(command, argv, name);
  if (command.usesDatabase === false) {
    await command.run(args, { projectRoot, databaseUrl: "", migrationLog: "" });
    return;
  }
  // setup reports what the migrations did, so it always runs them.
  const database = prepareDatabase({ projectRoot, cwd: process.cwd() }, { always: name === "setup" });
  try {
    await command.run(args, { projectRoot, ...database });
  } finally {
    const { prisma } = await import("@/lib/server/db");
    // A change the command made reaches the editors open on it (PostgreSQL: NOTIFY) before the connection closes.
    const { sentLive } = await import("@/lib/server/live/live-bus");
    await sentLive();
    await prisma.$disconnect();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const message = describeError(error);
  if (message === null) console.error(error);
  else console.error(`duizhao: ${message}`);
  process.exitCode = 1;
}
