import { inject } from "vitest";

// Runs before each test file, so lib/server/db.ts connects to the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
