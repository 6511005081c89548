import type { SourceScript } from "../model";
import type { ConversionFinding } from "./conversion-review-types";

// CONTRACT STUB (issue 8): for one paragraph written in `script`, the characters whose conversion to the
// other script had alternatives, and the leftovers of the wrong script.

export async function reviewConversion(source: string, script: SourceScript): Promise<ConversionFinding[]> {
  void source;
  void script;
  return [];
}
