// Empties the PostgreSQL database named by DATABASE_URL (tests only): drops and recreates its public schema.
import pg from "pg";

const url = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:/.test(url)) throw new Error("reset-postgres: DATABASE_URL is not a postgresql:// URL");
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
await client.end();
