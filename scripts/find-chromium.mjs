// Finds a Chromium for Playwright, in this order: Playwright's own browser (if `npx playwright install`
// ran), CHROMIUM_PATH, Debian's /usr/bin/chromium. Browsers cannot be downloaded offline, so the
// system one is the usual answer on these machines.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

function playwrightChromium() {
  try {
    // executablePath() names where the browser would be even when it was never downloaded.
    const path = require("playwright-core").chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium executable Playwright should launch, or null when none is installed.
 * @returns {string | null}
 */
export function findChromium() {
  const candidates = [playwrightChromium(), process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

// `node scripts/find-chromium.mjs` prints what it finds.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(findChromium() ?? "no Chromium found");
}
