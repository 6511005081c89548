// `npm start`: build if needed, prepare the database (migrations, demo document on first start),
// then serve the production build on HOSTNAME:PORT (default 127.0.0.1:3000).
import { buildIfNeeded } from "./build-if-needed.mjs";
import { runNext, runSetup, teamModeRefusal } from "./serve-common.mjs";

const refusal = teamModeRefusal();
if (refusal) {
  console.error(`start: ${refusal}`);
  process.exit(1);
}

try {
  await buildIfNeeded();
} catch (error) {
  console.error(`start: ${error.message}`);
  process.exit(1);
}
const setupCode = await runSetup();
if (setupCode !== 0) {
  console.error(`start: database set-up failed (exit code ${setupCode})`);
  process.exit(setupCode);
}
process.exit(await runNext("start"));
