// Makes sure Playwright has a Chromium to drive (run before the end-to-end tests). Installs Debian's
// `chromium` when none is found and this process can (root + apt-get); otherwise says what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./find-chromium.mjs";

const HELP = `No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - Playwright's:   npx playwright install chromium   (needs internet access)
or point CHROMIUM_PATH at an existing Chromium or Chrome executable.`;

function hasAptGet() {
  return ["/usr/bin/apt-get", "/bin/apt-get"].some((path) => existsSync(path));
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function installWithApt() {
  console.log("ensure-chromium: no Chromium found; installing Debian's chromium package");
  return run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"]);
}

let found = findChromium();
if (!found && process.getuid?.() === 0 && hasAptGet()) {
  if (!installWithApt()) console.error("ensure-chromium: apt-get failed");
  found = findChromium();
}
if (!found) {
  console.error(HELP);
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
