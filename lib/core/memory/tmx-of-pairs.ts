// A minimal TMX 1.4 file from Chinese–English pairs, for tests, benches and the e2e fixture.

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A TMX file (zh-Hans → en) holding one translation unit per pair. */
export function tmxOfPairs(pairs: readonly { source: string; target: string }[], srclang = "zh-Hans"): string {
  const units = pairs.map(
    ({ source, target }) =>
      `<tu><tuv xml:lang="${srclang}"><seg>${escapeXml(source)}</seg></tuv><tuv xml:lang="en"><seg>${escapeXml(target)}</seg></tuv></tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="${srclang}" segtype="paragraph" datatype="plaintext" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>\n${units.join("\n")}\n</body></tmx>\n`;
}
