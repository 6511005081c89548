// prisma/schema.prisma (SQLite) is the source of truth; derive prisma/postgres/schema.prisma from it.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const src = readFileSync("prisma/schema.prisma", "utf8");
const out = src
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output\s*=\s*"\.\.\/lib\/server\/generated\/prisma"/, 'output   = "../../lib/server/generated/prisma-pg"');
if (!out.includes('"postgresql"') || !out.includes("prisma-pg")) throw new Error("sync-pg-schema: nothing replaced");
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync(
  "prisma/postgres/schema.prisma",
  "// GENERATED from prisma/schema.prisma by scripts/sync-pg-schema.mjs - do not edit\n" + out,
);
