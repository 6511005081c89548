import type { SentRequest } from "./source-for-mt";

export type ChatMessage = { role: "system" | "user"; content: string };

const SYSTEM = [
  "You translate Chinese web text into natural, accurate English for a professional translator who will edit your draft.",
  "Translate only the paragraph marked PARAGRAPH. The context paragraphs are for meaning only: never translate them.",
  "Use the glossary renderings exactly as given and never use a forbidden rendering.",
  "Keep every number, date and name exactly as in the source.",
  "Answer with the English translation only: no notes, no quotes, no preamble.",
].join("\n");

/** The chat messages of a term-aware request for an OpenAI-compatible model. */
export function buildPrompt(request: SentRequest): ChatMessage[] {
  const parts: string[] = [];
  if (request.styleNote.trim()) parts.push(`STYLE NOTE FOR THIS DOCUMENT:\n${request.styleNote.trim()}`);
  const preferred = request.terms.filter((term) => term.usage === "preferred");
  const forbidden = request.terms.filter((term) => term.usage === "forbidden");
  if (preferred.length || forbidden.length) {
    const lines = [
      ...preferred.map((term) => `- ${term.source} → ${term.target}${term.note ? ` (${term.note})` : ""}`),
      ...forbidden.map((term) => `- ${term.source} → never "${term.target}"${term.note ? ` (${term.note})` : ""}`),
    ];
    parts.push(`GLOSSARY (terms in this paragraph):\n${lines.join("\n")}`);
  }
  const notes = request.annotations.filter((annotation) => annotation.quote !== "" && (annotation.gloss || annotation.note));
  if (notes.length) {
    const lines = notes.map((annotation) => {
      const said = [annotation.gloss, annotation.note].filter(Boolean).join(" — ");
      return `- ${annotation.quote} (${annotation.category}): ${said}`;
    });
    parts.push(`TRANSLATOR'S NOTES ON THIS PARAGRAPH:\n${lines.join("\n")}`);
  }
  if (request.previous.trim()) parts.push(`PREVIOUS PARAGRAPH (context only):\n${request.previous}`);
  if (request.next.trim()) parts.push(`NEXT PARAGRAPH (context only):\n${request.next}`);
  parts.push(`PARAGRAPH:\n${request.source}`);
  return [
    { role: "system", content: SYSTEM },
    { role: "user", content: parts.join("\n\n") },
  ];
}
