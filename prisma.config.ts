import { defineConfig } from "prisma/config";

// Prisma 7's CLI wants a native schema-engine binary that it downloads on first use, which is
// impossible offline. `prisma generate` only checks that the path exists; migrations run through
// scripts/migrate.mjs (the Wasm schema engine driven through our driver adapters).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "scripts/no-schema-engine.sh";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
