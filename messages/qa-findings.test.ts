import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
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
  ] as const)("%s has a message for every finding code, using its params", (_, messages) => {
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

describe("QA messages read well", () => {
  it.each([
    ["en", en, "80 is not in the translation", "2萬 (= 20,000) is not in the translation"],
    ["zh-CN", zhCN, "译文中没有 80", "译文中没有 2萬（= 20,000）"],
    ["zh-TW", zhTW, "譯文中沒有 80", "譯文中沒有 2萬（= 20,000）"],
  ] as const)("%s says a number once when it is written in digits", (locale, messages, plain, converted) => {
    const t = createTranslator({ locale, messages, namespace: "QaFindings" });
    expect(t("numbers.missing", { value: "80", expected: "80", form: "plain" })).toBe(plain);
    expect(t("numbers.missing", { value: "2萬", expected: "20,000", form: "converted" })).toBe(converted);
  });

  it.each([
    ["en", en],
    ["zh-CN", zhCN],
    ["zh-TW", zhTW],
  ] as const)("%s formats every finding message with its params", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "QaFindings" });
    for (const code of QA_FINDING_CODES) {
      const params = Object.fromEntries(QA_FINDING_PARAMS[code].map((name) => [name, name === "count" ? 2 : name === "form" ? "converted" : `«${name}»`]));
      const text = t(code as never, params as never);
      for (const [name, value] of Object.entries(params)) if (name !== "form" && name !== "count") expect(text, code).toContain(value);
      expect(text, code).not.toMatch(/[{}]/);
    }
  });
});
