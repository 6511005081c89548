import { describe, expect, it } from "vitest";
import { afterRule } from "./apply-rule.test-helper";
import { findJammer } from "./find-jammer";

describe("findJammer", () => {
  it.each([
    ["at a line end", "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實 * c6 p, R# v. L/ |", "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實"],
    ["as a whole line", "第一段。\n0 Q! v; n! f. o, a# q- q7 T1 A8 u* {5 N6 Y0 C: v7 P! ]0 `+ X* }\n第二段。", "第一段。\n\n第二段。"],
    ["glued before the first character", "& y B& [$ T5 m- m3月31日晚，隨州市", "3月31日晚，隨州市"],
    ["glued before a Han character", ". K& h7 S6 x\" ?/ _4 Y渣土大隊干部", "渣土大隊干部"],
    ["glued after a full stop", "發現5例無癥狀感染者。/ a$ L, I* e g! Z0 a. ?", "發現5例無癥狀感染者。"],
    ["without digits when long enough", "& O+ ? C ?, q! ~& k\" [) Z% F", ""],
    ["around a real byline", "3 m: @) J. g+ V$ t% J% k(來源:聶少峰)4 y6 k\" q! G- A2 R) q5 p! C7 [", "(來源:聶少峰)"],
  ])("removes a jammer run %s", (_, text, expected) => {
    expect(afterRule(findJammer, text)).toBe(expected);
  });

  it.each([
    ["an English sentence", "He said: I am OK, it is a test."],
    ["numbers and dates", "COVID-19 疫情於 2022-4-15 15:46 爆發，4月1日共 5 例。"],
    ["a URL", "詳見 https://example.com/a?b=1&c=2 的說明。"],
    ["a citation", "見 p. 12, v. 3 。"],
    ["code", "if (a < b && c > d) { x = y; }"],
    ["emoticons", "太好了 :) :( ^_^ ;-)"],
    ["paper sizes", "A4 B5 紙張各 10 張"],
    ["a list", "1. 2. 3. 4. 5. 6."],
    ["a note mark", "這是正文(注)。"],
  ])("leaves %s alone", (_, text) => {
    expect(findJammer(text)).toEqual([]);
  });
});
