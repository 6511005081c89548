import { bothScripts } from "./both-scripts";
import { DISCUZ } from "./discuz";
import { NEWS_PORTAL } from "./news-portal";
import { PHPWIND } from "./phpwind";
import { TIEBA } from "./tieba";
import type { ChromeVocabulary } from "./types";
import { WECHAT } from "./wechat";

export const VOCABULARIES: ChromeVocabulary[] = [DISCUZ, PHPWIND, TIEBA, WECHAT, NEWS_PORTAL];

export type CompiledTemplate = { pattern: RegExp; detail: string };

/** Every template, compiled to match a whole trimmed line in either script. */
export const TEMPLATES: CompiledTemplate[] = VOCABULARIES.flatMap((v) =>
  v.templates.map(({ pattern, detail }) => ({ pattern: new RegExp(`^(?:${bothScripts(pattern)})$`, "u"), detail })),
);

/** Templates whose first group is a user's name. */
export const NAME_TEMPLATES: RegExp[] = VOCABULARIES.flatMap((v) => (v.names ?? []).map((source) => new RegExp(`^(?:${bothScripts(source)})$`, "u")));

/** Any template at all: one test per line before looking for which. */
export const ANY_TEMPLATE = new RegExp(
  `^(?:${VOCABULARIES.flatMap((v) => v.templates.map(({ pattern }) => `(?:${bothScripts(pattern)})`)).join("|")})$`,
  "u",
);

const alternation = (sources: string[]) => sources.map((source) => `(?:${bothScripts(source)})`).join("|");

// Tried at one position, strong tokens first; longer alternatives come first within each list.
const bySourceLength = (sources: string[]) => [...sources].sort((a, b) => b.length - a.length);
const STRONG = bySourceLength(VOCABULARIES.flatMap((v) => v.strongTokens));
const WEAK = bySourceLength(VOCABULARIES.flatMap((v) => v.weakTokens));

/** One token at the sticky position: group 1 when strong, group 2 when weak. */
export const TOKEN = new RegExp(`(${alternation(STRONG)})|(${alternation(WEAK)})`, "uy");
