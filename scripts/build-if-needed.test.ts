import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReason } from "./build-if-needed.mjs";

let root: string;
const BUILT_AT = new Date("2026-01-02T00:00:00Z");
const BEFORE = new Date("2026-01-01T00:00:00Z");
const AFTER = new Date("2026-01-03T00:00:00Z");

function file(rel: string, mtime: Date): void {
  const full = path.join(root, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "");
  utimesSync(full, mtime, mtime);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "duizhao-build-"));
  file("package.json", BEFORE);
  file("app/page.tsx", BEFORE);
  file("lib/core/model.ts", BEFORE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildReason", () => {
  it("asks for a build when there is none", () => {
    expect(buildReason(root)).toMatch(/BUILD_ID is missing/);
  });

  it("is satisfied when every source is older than the build", () => {
    file(".next/BUILD_ID", BUILT_AT);
    expect(buildReason(root)).toBeNull();
  });

  it.each(["app/page.tsx", "lib/core/model.ts", "messages/en.json", "components/ui/button.tsx", "tsconfig.json"])(
    "names %s when it changed after the build",
    (changed) => {
      file(".next/BUILD_ID", BUILT_AT);
      file(changed, AFTER);
      expect(buildReason(root)).toBe(`${changed} changed since the last build`);
    },
  );

  it.each(["lib/core/model.test.ts", "lib/server/generated/prisma/client.ts", "e2e/translate.spec.ts", "data/duizhao.db"])(
    "ignores %s, which does not change the build",
    (changed) => {
      file(".next/BUILD_ID", BUILT_AT);
      file(changed, AFTER);
      expect(buildReason(root)).toBeNull();
    },
  );
});
