// `npm run dev`: prepare the database (migrations, demo document on first start), then `next dev`
// on HOSTNAME:PORT (default 127.0.0.1:3000).
import { runNext, runSetup } from "./serve-common.mjs";

const setupCode = await runSetup();
if (setupCode !== 0) {
  console.error(`dev: database set-up failed (exit code ${setupCode})`);
  process.exit(setupCode);
}
process.exit(await runNext("dev"));
