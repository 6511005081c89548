import path from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { formatTable } from "../format-table";
import { readBilingualFile } from "../read-bilingual-file";

export const memoryCommand = defineCommand({
  usage: `Usage: duizhao memory import FILE.tmx [--name NAME]
       duizhao memory list [--json]
       duizhao memory delete ID

import  adds the Chinese → English units of a TMX file as a translation memory (named after the file
        unless --name is given); a malformed file changes nothing
list    the imported memories with their unit counts, and how many document paragraphs are memory
delete  removes an imported memory

Options:
  --name NAME  The memory's name
  --json       Print JSON instead of a table
  -h, --help   Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: "string" }, json: { type: "boolean" } } });
    const [action, argument, ...rest] = positionals;
    if (rest.length > 0) throw new CliError("Too many arguments.");
    if (action === "import") {
      if (argument === undefined) throw new CliError("Missing FILE.tmx to import.");
      return { action: "import" as const, file: argument, name: values.name ?? path.basename(argument).replace(/\.tmx$/i, "") };
    }
    if (action === "list") return { action: "list" as const, isJson: values.json === true };
    if (action === "delete") {
      const id = /^[1-9]\d{0,15}$/.test(argument ?? "") ? Number(argument) : NaN;
      if (!Number.isSafeInteger(id)) throw new CliError(`Invalid memory ID "${argument ?? ""}": expected a positive whole number.`);
      return { action: "delete" as const, id };
    }
    throw new CliError(action === undefined ? "Missing action: import, list or delete." : `Unknown action "${action}": import, list or delete.`);
  },

  async run(args) {
    const memory = await import("@/lib/server/memory");
    if (args.action === "import") {
      const xml = await readBilingualFile(args.file);
      const { id, entries } = await memory.importTmxMemory({ name: args.name, fileName: path.basename(args.file), xml });
      console.error(`Imported memory "${args.name}": ${entries} unit${entries === 1 ? "" : "s"}.`);
      console.log(id);
      return;
    }
    if (args.action === "delete") {
      await memory.deleteMemory({ id: args.id });
      console.error(`Deleted memory ${args.id}.`);
      return;
    }
    const { memories, documentParagraphs } = await memory.findMemories();
    if (args.isJson) {
      console.log(JSON.stringify({ memories, documentParagraphs }, null, 2));
      return;
    }
    if (memories.length > 0) console.log(formatTable(["ID", "UNITS", "FILE", "NAME"], memories.map((m) => [String(m.id), String(m.entries), m.fileName, m.name])));
    console.error(`${memories.length} imported memor${memories.length === 1 ? "y" : "ies"}; ${documentParagraphs} document paragraph${documentParagraphs === 1 ? "" : "s"} in memory.`);
  },
});
