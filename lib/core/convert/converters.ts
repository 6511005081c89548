import { Converter, type ConverterFunction } from "opencc-js";

// The only opencc-js import. Building a converter is costly (tens to hundreds of ms), so each one
// is built lazily, once per process, and reused.

type Direction = "toSimplified" | "toTraditional";

const OPTIONS: Record<Direction, { from: string; to: string }> = {
  toSimplified: { from: "t", to: "cn" },
  toTraditional: { from: "cn", to: "t" },
};

const built = new Map<Direction, ConverterFunction>();

/** Returns the converter for a direction, building it on first use. */
export function getConverter(direction: Direction): ConverterFunction {
  let converter = built.get(direction);
  if (!converter) {
    converter = Converter(OPTIONS[direction]);
    built.set(direction, converter);
  }
  return converter;
}
