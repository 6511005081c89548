import { SCRIPT_VIEWS, type ScriptView, type SourceScript } from "../model";
import { convertWithOverrides, resolveOverrides, type OverrideEdit } from "./apply-overrides";
import { buildAlternatives } from "./conversion-alternatives";
import type { ConversionFinding, ConversionOverride } from "./conversion-review-types";
import { findAmbiguous, findLeftovers, type RawFinding, type ReviewTables } from "./find-conversion-issues";
import { loadDict, loadTrie, loadViewConverter } from "./load-view-converter";
import { toViewRange, type MappedText } from "./mapped-text";

export type ReviewOptions = {
  /** The view reviewed; by default the other script (a Simplified paragraph is reviewed as Traditional). */
  view?: ScriptView;
  /** The document's overrides; those of other paragraphs are ignored. */
  overrides?: readonly ConversionOverride[];
  /** The paragraph's id, for one-occurrence overrides. */
  segmentId?: number;
  /** A short sense for an option text (`source`: the text as stored); hints are empty without it. */
  describe?: (text: string, source: string) => string;
};

/** A paragraph reviewed: its view with the overrides applied, and what the review found on it. */
export type ReviewedParagraph = { mapped: MappedText; findings: ConversionFinding[]; edits: OverrideEdit[] };

export type ConversionReviewer = (source: string, script: SourceScript, options?: ReviewOptions) => ReviewedParagraph;

/** The script a view shows; null for the view as written. */
export function scriptOfView(view: ScriptView): SourceScript | null {
  return view === "original" ? null : view === "hans" ? "hans" : "hant";
}

const VIEWS = SCRIPT_VIEWS;

async function loadTables(): Promise<{ tables: ReviewTables; converters: Map<string, (text: string) => MappedText> }> {
  const [st, ts, stPhrases, stRegional, tsPhrases, twVariants, hkVariants, stTrie, tsTrie] = await Promise.all([
    loadDict("STCharacters"),
    loadDict("TSCharacters"),
    loadDict("STPhrases"),
    loadDict("STPhrases_GeneratedFromRegionalPhrases"),
    loadDict("TSPhrases"),
    loadDict("TWVariants"),
    loadDict("HKVariants"),
    loadTrie(["STPhrases", "STPhrases_GeneratedFromRegionalPhrases", "STCharacters"]),
    loadTrie(["TSPhrases", "TSCharacters"]),
  ]);
  const converters = new Map<string, (text: string) => MappedText>();
  await Promise.all(
    (["hans", "hant"] as const).flatMap((script) => VIEWS.map(async (view) => converters.set(`${script} ${view}`, await loadViewConverter(script, view)))),
  );
  const tables: ReviewTables = {
    toTraditional: { trie: stTrie, alternatives: buildAlternatives(st, ts, [stPhrases, stRegional], [twVariants, hkVariants]) },
    toSimplified: { trie: tsTrie, alternatives: buildAlternatives(ts, st, [tsPhrases], [twVariants, hkVariants]) },
    s2t: converters.get("hans hant")!,
    s2tw: converters.get("hans tw")!,
    s2hk: converters.get("hans hk")!,
    t2s: converters.get("hant hans")!,
  };
  return { tables, converters };
}

let loading: Promise<ConversionReviewer> | null = null;

/** Loads (once per process) the reviewer: every view converter and both one-to-many tables. */
export function loadConversionReviewer(): Promise<ConversionReviewer> {
  loading ??= loadTables().then(({ tables, converters }) => (source, script, options = {}) => {
    const view = options.view ?? (script === "hans" ? "hant" : "hans");
    const viewScript = scriptOfView(view);
    const raw = rawFindings(tables, source, script, viewScript);
    const edits = resolveOverrides(source, options.segmentId ?? -1, options.overrides ?? [], raw);
    const mapped = convertWithOverrides(converters.get(`${script} ${view}`)!, source, edits, viewScript);
    const describe = options.describe ?? (() => "");
    const findings = raw.map((finding): ConversionFinding => {
      const [viewStart, viewEnd] = toViewRange(mapped, finding.start, finding.end);
      const shown = mapped.chars.slice(viewStart, viewEnd).join("");
      const edit = edits.find((e) => e.start <= finding.start && finding.end <= e.end);
      // The choice in force comes first: the override's, else what the view shows (ambiguous) or the best fix (leftover).
      const first = edit ? edit.to : finding.kind === "ambiguous" ? shown : finding.options[0];
      const texts = [...new Set([first, ...finding.options])];
      return {
        kind: finding.kind,
        start: finding.start,
        end: finding.end,
        shown,
        source: finding.source,
        overrideId: edit?.overrideId ?? null,
        options: texts.map((text) => ({ text, hint: describe(text, finding.source) })),
      };
    });
    return { mapped, findings, edits };
  });
  return loading;
}

function rawFindings(tables: ReviewTables, source: string, script: SourceScript, viewScript: SourceScript | null): RawFinding[] {
  const leftovers = findLeftovers(tables, source, script);
  // Ambiguity exists only where the view converts to the other script.
  const ambiguous = viewScript && viewScript !== script ? findAmbiguous(tables, source, viewScript, leftovers) : [];
  return [...leftovers, ...ambiguous].sort((a, b) => a.start - b.start);
}

/**
 * For one paragraph written in `script`: the characters whose conversion to the other script (or to
 * `options.view`) had alternatives, and the leftovers of the wrong script, with overrides applied.
 */
export async function reviewConversion(source: string, script: SourceScript, options?: ReviewOptions): Promise<ConversionFinding[]> {
  return (await loadConversionReviewer())(source, script, options).findings;
}
