// Deterministic stand-in for a long Chinese source: plausible paragraphs of common characters.
export const CHARS =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车";
const CLOSERS = "。，；！？";

/** A small seeded pseudo-random generator in [0, 1), the same sequence on every run. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(random: () => number): string {
  const length = 60 + Math.floor(random() * 240);
  let text = "";
  for (let i = 1; i <= length; i++) {
    text += CHARS[Math.floor(random() * CHARS.length)];
    if (i % 17 === 0) text += CLOSERS[Math.floor(random() * CLOSERS.length)];
  }
  return `${text}。`;
}

/** UTF-8 bytes of Chinese paragraphs, one per line, exactly `bytes` long (padded with spaces). */
export function syntheticChineseBytes(bytes: number, seed = 1): Uint8Array {
  const random = lcg(seed);
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let size = 0;
  for (;;) {
    const line = `${paragraph(random)}\n`;
    const lineBytes = encoder.encode(line).byteLength;
    if (size + lineBytes > bytes) break;
    lines.push(line);
    size += lineBytes;
  }
  return encoder.encode(lines.join("") + " ".repeat(bytes - size));
}
