// Starts parse-worker.ts from its TypeScript source, for the CLI (tsx) and Vitest: on Node 20 a
// worker does not inherit tsx's loader (nor take it from --import), so it is registered here first.
// The production build bundles parse-worker.ts instead and never loads this file.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
