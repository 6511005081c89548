import { describe, expect, it } from "vitest";
import { findMentions, matchMentionable, mentionQueryAt, splitMentions } from "./mentions";
import { checkCommentBody, MAX_COMMENT_LENGTH } from "./comment-body";

const USERS = [
  { id: "u1", name: "Ann" },
  { id: "u2", name: "Ann Lee" },
  { id: "u3", name: "Bo" },
  { id: "u4", name: "王小明" },
];

describe("findMentions", () => {
  it.each([
    ["@Bo please check", ["u3"]],
    ["@Ann Lee and @Ann", ["u2", "u1"]],
    ["ask @ann lee", ["u2"]],
    ["@Bob is nobody", []],
    ["mail bo@Bo.com", []],
    ["(@Bo) and @Bo again", ["u3"]],
    ["请@王小明看一下", ["u4"]],
    ["请 @王小明 看一下", ["u4"]],
    ["@Bo看看", ["u3"]],
    ["@Bo, @Bo.", ["u3"]],
    ["", []],
  ])("%j → %j", (body, ids) => {
    expect(findMentions(body, USERS)).toEqual(ids);
  });

  it("keeps the text around mentions as text, the mention as written", () => {
    expect(splitMentions("Hi @ann lee!", USERS)).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "mention", text: "@ann lee", userId: "u2" },
      { kind: "text", text: "!" },
    ]);
    // Markup is text like any other: the UI renders every part as text.
    expect(splitMentions("<b>@Bo</b>", USERS)).toEqual([
      { kind: "text", text: "<b>" },
      { kind: "mention", text: "@Bo", userId: "u3" },
      { kind: "text", text: "</b>" },
    ]);
  });

  it("ignores users without a name", () => {
    expect(findMentions("@ here", [{ id: "x", name: "" }])).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it.each([
    ["Hi @An", 6, { start: 3, query: "An" }],
    ["@", 1, { start: 0, query: "" }],
    ["mail a@b", 8, null],
    ["no mention", 10, null],
    ["@Ann\nnext", 9, null],
  ] as const)("%j at %d", (body, caret, expected) => {
    expect(mentionQueryAt(body, caret)).toEqual(expected);
  });
});

describe("matchMentionable", () => {
  it("puts names that start with the query first, then names with a word that does", () => {
    expect(matchMentionable([{ id: "a", name: "Lee Ann" }, ...USERS], "ann").map((user) => user.id)).toEqual(["u1", "u2", "a"]);
    expect(matchMentionable(USERS, "").length).toBe(4);
  });
});

describe("checkCommentBody", () => {
  it("trims, refuses empty and over-long texts with their codes", () => {
    expect(checkCommentBody("  ok \n")).toBe("ok");
    expect(() => checkCommentBody(" \n ")).toThrow(expect.objectContaining({ code: "COMMENT_EMPTY" }));
    expect(() => checkCommentBody("字".repeat(MAX_COMMENT_LENGTH))).not.toThrow();
    expect(() => checkCommentBody("字".repeat(MAX_COMMENT_LENGTH + 1))).toThrow(expect.objectContaining({ code: "COMMENT_TOO_LONG", params: { max: MAX_COMMENT_LENGTH } }));
  });
});
