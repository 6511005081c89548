import { Trie } from "opencc-js/core";
import type { ScriptView, SourceScript } from "../model";
import { convertMapped, convertPlain, type ConversionPlan } from "./mapped-convert";
import { identityMapped, type MappedText } from "./mapped-text";

// Dictionaries load one by one, so the browser fetches only what a view needs (STPhrases alone is 1 MB).
const DICTS = {
  CJK_Compatibility_Ideographs: () => import("opencc-js/dict/CJK_Compatibility_Ideographs"),
  STPhrases: () => import("opencc-js/dict/STPhrases"),
  STPhrases_GeneratedFromRegionalPhrases: () => import("opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases"),
  STCharacters: () => import("opencc-js/dict/STCharacters"),
  TSPhrases: () => import("opencc-js/dict/TSPhrases"),
  TSCharacters: () => import("opencc-js/dict/TSCharacters"),
  TWPhrases: () => import("opencc-js/dict/TWPhrases"),
  TWVariantsPhrases: () => import("opencc-js/dict/TWVariantsPhrases"),
  TWVariants: () => import("opencc-js/dict/TWVariants"),
  HKPhrases: () => import("opencc-js/dict/HKPhrases"),
  HKVariantsPhrases: () => import("opencc-js/dict/HKVariantsPhrases"),
  HKVariants: () => import("opencc-js/dict/HKVariants"),
};
export type DictName = keyof typeof DICTS;

/** One opencc-js dictionary as it ships: "source target|source target|…". */
export function loadDict(name: DictName): Promise<string> {
  return DICTS[name]().then((module) => module.default);
}

/** A plan by dictionary names: each inner list is one trie, earlier dictionaries winning. */
type PlanSpec = { segmentation?: DictName[]; chain: DictName[][] };

const ST: DictName[] = ["STPhrases", "STPhrases_GeneratedFromRegionalPhrases", "STCharacters"];
const ST_SEGMENTATION: DictName[] = ["STPhrases", "STPhrases_GeneratedFromRegionalPhrases"];
const TW: DictName[] = ["TWVariantsPhrases", "TWVariants"];
const TW_VOCABULARY: DictName[] = ["TWPhrases", "TWVariantsPhrases", "TWVariants"];
const HK: DictName[] = ["HKVariantsPhrases", "HKVariants"];

/** What OpenCC calls t2s: any Traditional text to Simplified. Also the base of match keys and pinyin. */
export const TO_SIMPLIFIED: PlanSpec = { chain: [["TSPhrases", "TSCharacters"]] };

// OpenCC's s2t, s2tw, s2hk (regional characters, words kept), s2twp (Taiwan vocabulary), and their t2… counterparts.
const PLANS: Record<SourceScript, Partial<Record<ScriptView, PlanSpec>>> = {
  hans: {
    hant: { chain: [ST] },
    tw: { segmentation: ST_SEGMENTATION, chain: [ST, TW] },
    hk: { segmentation: ST_SEGMENTATION, chain: [ST, HK] },
    twp: { segmentation: ST_SEGMENTATION, chain: [ST, TW_VOCABULARY] },
  },
  hant: {
    hans: TO_SIMPLIFIED,
    tw: { chain: [TW] },
    hk: { chain: [HK] },
    twp: { chain: [["TWPhrases"], TW] },
  },
};

export type ViewConverter = (text: string) => MappedText;

const tries = new Map<string, Promise<Trie>>();

/** A trie over dictionaries (earlier ones winning), built once per process. */
export function loadTrie(names: DictName[]): Promise<Trie> {
  const key = names.join("+");
  let trie = tries.get(key);
  if (!trie) {
    trie = Promise.all(names.map(loadDict)).then((dicts) => {
      const built = new Trie();
      built.loadDictGroup(dicts);
      return built;
    });
    tries.set(key, trie);
  }
  return trie;
}

const starts = new Map<string, Promise<Uint8Array>>();

/** Which UTF-16 units begin an entry of the dictionaries (1), so that other characters skip the trie. */
function loadStarts(names: DictName[]): Promise<Uint8Array> {
  const key = names.join("+");
  let table = starts.get(key);
  if (!table) {
    table = Promise.all(names.map(loadDict)).then((dicts) => {
      const canStart = new Uint8Array(0x10000);
      for (const dict of dicts) {
        canStart[dict.charCodeAt(0)] = 1;
        for (let at = dict.indexOf("|"); at >= 0; at = dict.indexOf("|", at + 1)) canStart[dict.charCodeAt(at + 1)] = 1;
      }
      return canStart;
    });
    starts.set(key, table);
  }
  return table;
}

const plain = new Map<PlanSpec, Promise<(text: string) => string>>();

/** The converter of a plan as a string function: what a ViewConverter gives, without the map. */
export function loadPlainPlan(spec: PlanSpec): Promise<(text: string) => string> {
  let converter = plain.get(spec);
  if (!converter) {
    const names = [["CJK_Compatibility_Ideographs"] as DictName[], ...spec.chain];
    converter = Promise.all([
      Promise.all(names.map(loadTrie)),
      Promise.all(names.map(loadStarts)),
      spec.segmentation ? loadTrie(spec.segmentation) : undefined,
    ]).then(([[normalize, ...chain], canStart, segmentation]) => {
      const plan = { normalize: [normalize], segmentation, chain, canStart };
      return (text: string) => convertPlain(plan, text);
    });
    plain.set(spec, converter);
  }
  return converter;
}

const built = new Map<PlanSpec, Promise<ViewConverter>>();

/** Builds (once per process) the converter of a plan; normalisation of compatibility ideographs comes first. */
export function loadPlan(spec: PlanSpec): Promise<ViewConverter> {
  let converter = built.get(spec);
  if (!converter) {
    converter = Promise.all([
      loadTrie(["CJK_Compatibility_Ideographs"]),
      spec.segmentation ? loadTrie(spec.segmentation) : undefined,
      Promise.all(spec.chain.map(loadTrie)),
    ]).then(([normalize, segmentation, chain]) => {
      const plan: ConversionPlan = { normalize: [normalize], segmentation, chain };
      return (text: string) => convertMapped(plan, text);
    });
    built.set(spec, converter);
  }
  return converter;
}

/** The converter showing a source written in `script` as `view`; the original view maps text to itself. */
export function loadViewConverter(script: SourceScript, view: ScriptView): Promise<ViewConverter> {
  const spec = PLANS[script][view];
  return spec ? loadPlan(spec) : Promise.resolve(identityMapped);
}
