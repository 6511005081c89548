import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";
import zhTW from "./zh-TW.json";
import { ERROR_CODES } from "@/lib/core/errors";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe("messages", () => {
  it.each([
    ["zh-CN", zhCN],
    ["zh-TW", zhTW],
  ])("%s has exactly the keys of en.json", (_, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
  });

  it("has a message for every error code", () => {
    for (const code of ERROR_CODES) expect(en.Errors).toHaveProperty(code);
  });
});
