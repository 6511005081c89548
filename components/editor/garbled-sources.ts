import type { QaFinding } from "@/lib/core/qa/qa-types";

export type SourceCheck = (source: string) => QaFinding[];

/** How long one slice of the background pass may hold the main thread. */
const SWEEP_SLICE_MS = 12;

/**
 * Garbled source text (mojibake), checked once per source. The detector is loaded lazily (it brings its
 * tables and pinyin-pro), then run over the document in the background, in slices between frames; a
 * row drawn meanwhile is checked at once (`of(…, true)`).
 */
export class GarbledSources {
  private check: SourceCheck | null = null;
  private found = new Map<number, { source: string; findings: QaFinding[] }>();
  isSwept = false;

  get isLoaded(): boolean {
    return this.check !== null;
  }

  isChecked(id: number, source: string): boolean {
    return this.found.get(id)?.source === source;
  }

  /** A paragraph's garbled runs: computed now only when `isComputed`, else as far as the pass has come. */
  of(id: number, source: string, isComputed: boolean): QaFinding[] {
    const cached = this.found.get(id);
    if (cached?.source === source) return cached.findings;
    if (!this.check || !isComputed) return [];
    const findings = this.check(source);
    this.found.set(id, { source, findings });
    return findings;
  }

  /** Takes the loaded check and sweeps `sources` with it; `onSwept` when the pass is over. Returns false if it was already there. */
  start(check: SourceCheck, ids: readonly number[], sourceOf: (id: number) => string | undefined, onSwept: () => void): boolean {
    if (this.check) return false;
    this.check = check;
    let next = 0;
    const slice = () => {
      const until = performance.now() + SWEEP_SLICE_MS;
      while (next < ids.length && performance.now() < until) {
        const id = ids[next++];
        const source = sourceOf(id);
        if (source !== undefined) this.of(id, source, true);
      }
      if (next < ids.length) return void setTimeout(slice, 0);
      this.isSwept = true;
      onSwept();
    };
    slice();
    return true;
  }
}
