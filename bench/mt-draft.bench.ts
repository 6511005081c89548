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

export const benchmarks: Benchmark[] = [
  {
    name: "MT batch draft, stopped halfway and resumed (per paragraph, 4 concurrent)",
    size: `${PARAGRAPHS} paragraphs`,
    async measure() {
      const fake = await startFakeProvider();
      const settings: MtSettings = { provider: "openai", baseUrl: `${fake.url}/v1`, apiKey: "", model: "bench", temperature: 0.2, maxConcurrent: 4, sourceScript: "original" };
      try {
        const samples: number[] = [];
        for (let run = 0; run < 3; run++) samples.push(await oneRun(settings, run));
        return samples;
      } finally {
        await fake.close();
      }
    },
  },
];
