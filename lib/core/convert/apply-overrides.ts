import type { SourceScript } from "../model";
import { kindOfOverride, type ConversionFinding, type ConversionOverride, type OverrideScript } from "./conversion-review-types";
import { identityMapped, mappedString, toViewRange, type MappedText } from "./mapped-text";

/** An override resolved to one place: code points into the stored source, half-open [start, end). */
export type OverrideEdit = { start: number; end: number; to: string; overrideId: number; script: OverrideScript };

const overlaps = (edits: OverrideEdit[], start: number, end: number) => edits.some((edit) => edit.start < end && start < edit.end);

/**
 * Where a paragraph's overrides apply: one-occurrence overrides where their `from` still stands at
 * `start`, then document-wide ones at every finding of the review (on the stored source, before
 * overrides) with the same text and kind. One place takes one override, the more specific first.
 */
export function resolveOverrides(
  source: string,
  segmentId: number,
  overrides: readonly ConversionOverride[],
  findings: readonly Pick<ConversionFinding, "kind" | "start" | "end">[],
): OverrideEdit[] {
  const chars = [...source];
  const edits: OverrideEdit[] = [];
  const add = (override: ConversionOverride, start: number, end: number) => {
    if (start < end && !overlaps(edits, start, end)) edits.push({ start, end, to: override.to, overrideId: override.id, script: override.script });
  };
  for (const override of overrides) {
    if (override.segmentId !== segmentId || override.start === null) continue;
    const end = override.start + [...override.from].length;
    if (chars.slice(override.start, end).join("") === override.from) add(override, override.start, end);
  }
  for (const override of overrides) {
    if (override.start !== null || (override.segmentId !== null && override.segmentId !== segmentId)) continue;
    const kind = kindOfOverride(override.script);
    for (const finding of findings) {
      if (finding.kind === kind && chars.slice(finding.start, finding.end).join("") === override.from) add(override, finding.start, finding.end);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Replaces ranges of a derived text (derived offsets, sorted, not overlapping), keeping every character's source range. */
export function replaceMapped(mapped: MappedText, replacements: { start: number; end: number; to: string }[]): MappedText {
  const out: MappedText = { chars: [], from: [], to: [], sourceLength: mapped.sourceLength };
  const keep = (i: number) => {
    out.chars.push(mapped.chars[i]);
    out.from.push(mapped.from[i]);
    out.to.push(mapped.to[i]);
  };
  let at = 0;
  for (const { start, end, to } of replacements) {
    if (start < at || end <= start) continue;
    for (; at < start; at++) keep(at);
    const value = [...to];
    // Same length: character k stands for character k. Otherwise each stands for the whole range, as a phrase does.
    const same = value.length === end - start;
    value.forEach((char, k) => {
      out.chars.push(char);
      out.from.push(same ? mapped.from[start + k] : mapped.from[start]);
      out.to.push(same ? mapped.to[start + k] : mapped.to[end - 1]);
    });
    at = end;
  }
  for (; at < mapped.chars.length; at++) keep(at);
  return out;
}

/**
 * A view of a paragraph with its overrides: "original" edits change the source before `convert`
 * (so the conversion reads the corrected text), the others replace the conversion in views of their
 * script (`viewScript`, null for the view as written). The map still leads to the stored source.
 */
export function convertWithOverrides(
  convert: (text: string) => MappedText,
  source: string,
  edits: readonly OverrideEdit[],
  viewScript: SourceScript | null,
): MappedText {
  const before = edits.filter((edit) => edit.script === "original");
  const pre = replaceMapped(identityMapped(source), before);
  const converted = convert(mappedString(pre));
  // The conversion maps to the corrected text; compose with the corrections' map back to the stored source.
  const composed: MappedText = {
    chars: converted.chars,
    from: converted.from.map((i) => (i < pre.from.length ? pre.from[i] : pre.sourceLength)),
    to: converted.to.map((i) => (i > 0 ? pre.to[i - 1] : 0)),
    sourceLength: pre.sourceLength,
  };
  const after = edits.filter((edit) => edit.script !== "original" && edit.script === viewScript);
  if (after.length === 0) return composed;
  const ranges = after.map((edit) => {
    const [start, end] = toViewRange(composed, edit.start, edit.end);
    return { start, end, to: edit.to };
  });
  return replaceMapped(composed, ranges);
}
