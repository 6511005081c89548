import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import type { MtSettings } from "@/lib/core/mt/mt-types";
import { createDocument, getDocument } from "@/lib/server/documents";
import { draftDocument } from "@/lib/server/mt/draft-document";
import { startFakeProvider } from "@/test-support/fake-mt-provider";
import type { Benchmark } from "./benchmark";

// Batch drafting 1,000 paragraphs against the stand-in provider (a local HTTP server streaming OpenAI
// SSE chunks at once), 4 requests at a time: the time per paragraph is Duizhao's overhead (prompt,
// cache, versioned save) plus the stand-in's few local round trips. Each run also stops a batch
// halfway, as a server restart would, and checks that the second run drafts only the rest.

const PARAGRAPHS = 1_000;

async function oneRun(settings: MtSettings, run: number): Promise<number> {
  const text = Array.from({ length: PARAGRAPHS }, (_, i) => `第${run}批第${i}段：随州市城管执法局今天发布通告，市民可以拨打热线电话咨询。`).join("\n");
  const { id } = await createDocument(prepareImport(pastedSource(text), { cleanup: null }));
  const controller = new AbortController();
  const start = performance.now();
  let filled = 0;
  const first = await draftDocument({
    documentId: id,
    settings,
    signal: controller.signal,
    onEvent: (event) => {
      if (event.type === "filled" && ++filled === PARAGRAPHS / 2) controller.abort();
    },
  });
  const second = await draftDocument({ documentId: id, settings });
  const elapsed = performance.now() - start;
  const segments = (await getDocument({ id })).segments;
  if (first.filled + second.filled !== PARAGRAPHS || second.skipped !== 0 || segments.some((segment) => segment.target === "")) {
    throw new Error(`bench: resume lost or repeated paragraphs (${first.filled} + ${second.filled})`);
  }
  return elapsed / PARAGRAPHS;
}

// The stand-in's own time: the same number of streamed requests sent straight to it, 4 at a time, read
// to the end. The draft's time per paragraph minus this is Duizhao's overhead (issue 17: < 5 ms).
async function providerAlone(url: string): Promise<number> {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < PARAGRAPHS) {
      const i = next++;
      const response = await fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ model: "bench", stream: true, messages: [{ role: "user", content: `PARAGRAPH:\n第${i}段：随州市城管执法局今天发布通告。` }] }),
      });
      await response.text();
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return (performance.now() - start) / PARAGRAPHS;
}

const measured: { provider: number[]; draft: number[] } = { provider: [], draft: [] };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function withProvider<T>(use: (settings: MtSettings, url: string) => Promise<T>): Promise<T> {
  const fake = await startFakeProvider();
  try {
    return await use({ provider: "openai", baseUrl: `${fake.url}/v1`, apiKey: "", model: "bench", temperature: 0.2, maxConcurrent: 4, sourceScript: "original" }, fake.url);
  } finally {
    await fake.close();
  }
}

const REFERENCE = "MT stand-in provider alone (per request, 4 concurrent)";

export const benchmarks: Benchmark[] = [
  {
    name: REFERENCE,
    size: `${PARAGRAPHS} requests`,
    measure: () =>
      withProvider(async (_, url) => {
        for (let run = 0; run < 3; run++) measured.provider.push(await providerAlone(url));
        return measured.provider;
      }),
  },
  {
    name: "MT batch draft, stopped halfway and resumed (per paragraph, 4 concurrent)",
    size: `${PARAGRAPHS} paragraphs`,
    reference: REFERENCE,
    measure: () =>
      withProvider(async (settings) => {
        for (let run = 0; run < 3; run++) measured.draft.push(await oneRun(settings, run));
        return measured.draft;
      }),
  },
  {
    name: "MT batch draft overhead, the provider's time taken out (per paragraph)",
    size: `${PARAGRAPHS} paragraphs`,
    target: 5,
    reference: REFERENCE,
    measure: async () => {
      if (!measured.provider.length || !measured.draft.length) throw new Error("bench: run the MT benchmarks together (filter \"MT\")");
      return measured.draft.map((sample) => Math.max(0, sample - median(measured.provider)));
    },
  },
];
