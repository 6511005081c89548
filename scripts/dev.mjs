// `npm run dev`: prepare the database (migrations, demo document on first start), then `next dev`
// on HOSTNAME:PORT (default 127.0.0.1:3000).
import { runNext, runSetup, teamModeRefusal } from "./serve-common.mjs";

const refusal = teamModeRefusal();
if (refusal) {
  console.error(`dev: ${refusal}`);
  process.exit(1);
}

const setupCode = await runSetup();
if (setupCode !== 0) {
  console.error(`dev: database set-up failed (exit code ${setupCode})`);
  process.exit(setupCode);
}
process.exit(await runNext("dev"));
