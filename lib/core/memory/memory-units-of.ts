import type { MemoryOrigin, MemoryUnit } from "./memory-types";

// CONTRACT STUB (issue 7): a translated paragraph as memory units: the paragraph itself and, when
// its Chinese and English sentence counts agree, each aligned sentence pair.

export function memoryUnitsOf(input: { group: string; source: string; target: string; origin: MemoryOrigin }): MemoryUnit[] {
  void input;
  throw new Error("not implemented");
}
