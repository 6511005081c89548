// The encodings a source file can be read in. gb18030 is a superset of GBK and GB2312, so it covers
// every Simplified Chinese legacy file; big5 is WHATWG's Big5 (with the HKSCS extensions).

export const SOURCE_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5"] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

/** How each encoding is named to people (menus, error messages). */
export const ENCODING_LABELS: Record<SourceEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  gb18030: "GB18030 / GBK",
  big5: "Big5",
};

/** True when a string (a form field, a stored column) names a supported encoding. */
export function isSourceEncoding(value: string): value is SourceEncoding {
  return (SOURCE_ENCODINGS as readonly string[]).includes(value);
}

/** Maps an encoding name as found in the wild (chardet, `<meta charset>`) to ours, or null if unsupported. */
export function toSourceEncoding(name: string): SourceEncoding | null {
  const key = name.trim().toLowerCase().replace(/_/g, "-");
  if (key === "utf-8" || key === "utf8" || key === "ascii" || key === "us-ascii") return "utf-8";
  if (key === "utf-16le") return "utf-16le";
  if (key === "utf-16be") return "utf-16be";
  if (["gb18030", "gbk", "gb2312", "x-gbk", "cp936", "windows-936", "euc-cn", "csgb2312", "chinese"].includes(key)) {
    return "gb18030";
  }
  if (["big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950", "windows-950"].includes(key)) return "big5";
  return null;
}
