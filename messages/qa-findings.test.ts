import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";
import zhTW from "./zh-TW.json";
import { QA_CHECKS } from "@/lib/core/qa/qa-types";
import { QA_FINDING_CODES, QA_FINDING_PARAMS } from "@/lib/core/qa/finding-codes";

type Tree = { [key: string]: string | Tree };

function messageOf(tree: Tree, code: string): string | undefined {
  const value = code.split(".").reduce<string | Tree | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), tree);
  return typeof value === "string" ? value : undefined;
}

describe("QA messages", () => {
  it.each([
    ["en", en],
    ["zh-CN", zhCN],
    ["zh-TW", zhTW],
  ])("%s has a message for every finding code, using its params", (_, messages) => {
    for (const code of QA_FINDING_CODES) {
      const message = messageOf(messages.QaFindings as Tree, code);
      expect(message, code).toBeDefined();
      for (const param of QA_FINDING_PARAMS[code]) expect(message, `${code} uses {${param}`).toContain(`{${param}`);
    }
  });

  it("names every check", () => {
    for (const check of QA_CHECKS) expect(en.QaChecks).toHaveProperty(check);
  });
});
