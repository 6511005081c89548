// `npm install` (postinstall) builds the app, so that the first `npm start` serves in seconds instead
// of building first. DUIZHAO_SKIP_BUILD=1 skips it; a failed build does not fail the install: `npm start`
// builds again and shows why.
import { buildIfNeeded } from "./build-if-needed.mjs";

if (process.env.DUIZHAO_SKIP_BUILD === "1") {
  console.log("build-at-install: skipped (DUIZHAO_SKIP_BUILD=1); npm start builds when first run");
} else {
  try {
    await buildIfNeeded();
  } catch (error) {
    console.warn(`build-at-install: ${error.message}; npm start will build again`);
  }
}
