import { beforeAll, describe, expect, it, vi } from "vitest";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { roleCan, type ProjectRole } from "@/lib/core/team/project-roles";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db";
import { createDocument } from "@/lib/server/documents";
import { saveSegmentTarget } from "@/lib/server/segments";
import { applyBatch } from "@/lib/server/batch-edits";
import { createThread } from "@/lib/server/comments";
import { routeHandlers, serverActions } from "@/test-support/app-entry-points";
import { ACTION_NEEDS, ROUTE_NEEDS, type Need } from "@/test-support/authorization-table";

// Calls every server action and route handler as each kind of user and checks who is refused, and that a
// refused call changed nothing. The user of a request comes from its session cookie (getCurrentUser); a
// test has no request, so getCurrentUser is replaced by the user the test acts as. Everything after it —
// the gate (requireUser), authorize.ts, the data layer, the database — is the real code.

const acting: { user: CurrentUser | null } = { user: null };
vi.mock("@/lib/server/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/server/auth/current-user")>()),
  getCurrentUser: async () => acting.user,
}));
// revalidatePath needs Next's request store; outside a request it has nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Who = ProjectRole | "other-project" | "global-owner" | "nobody";
const WHO: Who[] = ["owner", "reviewer", "translator", "viewer", "other-project", "global-owner", "nobody"];
const user = (id: string, role: "owner" | "member" = "member"): CurrentUser => ({ id, name: id, email: `${id}@example.test`, role, isLocal: false });
const USERS: Record<Exclude<Who, "nobody">, CurrentUser> = {
  owner: user("authz-owner"),
  reviewer: user("authz-reviewer"),
  translator: user("authz-translator"),
  viewer: user("authz-viewer"),
  "other-project": user("authz-other"),
  "global-owner": user("authz-admin", "owner"),
};

type Fixture = {
  marker: string;
  projectId: number;
  otherProjectId: number;
  documentId: number;
  segmentIds: number[];
  revisionId: number;
  annotationId: number;
  termId: number;
  /** A proposal by the translator, and one by somebody else (another translator). */
  proposalId: number;
  othersProposalId: number;
  memoryId: number;
  batchId: number;
  overrideId: number;
  threadId: number;
  commentId: number;
};

let otherProjectId = 0;
let counter = 0;

beforeAll(async () => {
  for (const { id, name, email, role } of Object.values(USERS)) {
    await prisma.user.upsert({ where: { id }, create: { id, name, email, role }, update: {} });
  }
  otherProjectId = (await prisma.project.create({ data: { name: "Elsewhere" }, select: { id: true } })).id;
  await prisma.membership.create({ data: { projectId: otherProjectId, userId: USERS["other-project"].id, role: "owner" } });
});

async function buildFixture(): Promise<Fixture> {
  const marker = `authz${++counter}x${Date.now()}`;
  const projectId = (await prisma.project.create({ data: { name: marker }, select: { id: true } })).id;
  for (const role of ["owner", "reviewer", "translator", "viewer"] as const) {
    await prisma.membership.create({ data: { projectId, userId: USERS[role].id, role } });
  }
  const { id: documentId } = await createDocument({ ...prepareImport(pastedSource("标题\n第一段。\n第二段。\n第一段。"), { title: marker, cleanup: null }), projectId });
  const segmentIds = (await prisma.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } })).map(({ id }) => id);
  await saveSegmentTarget({ segmentId: segmentIds[1], baseVersion: 0, target: "First.", status: "translated", clientEditId: `${marker}-1`, author: "web" });
  const revisionId = (await prisma.revision.findFirstOrThrow({ where: { segmentId: segmentIds[1] }, select: { id: true } })).id;
  const annotationId = (await prisma.annotation.create({ data: { segmentId: segmentIds[1], start: 0, end: 1, quote: "第" }, select: { id: true } })).id;
  const termId = (await prisma.term.create({ data: { source: "段", target: "paragraph", projectId }, select: { id: true } })).id;
  const proposalId = (await prisma.term.create({ data: { source: "标题", target: "title", projectId, status: "proposed", proposedBy: USERS.translator.id }, select: { id: true } })).id;
  const othersProposalId = (await prisma.term.create({ data: { source: "一段", target: "one paragraph", projectId, status: "proposed", proposedBy: "authz-someone" }, select: { id: true } })).id;
  const memoryId = (await prisma.translationMemory.create({ data: { name: marker, projectId, entries: { create: [{ position: 0, source: "第三段。", target: "Third." }] } }, select: { id: true } })).id;
  const batch = await applyBatch({ documentId, kind: "status", request: { status: "draft" }, author: "web", changes: [{ segmentId: segmentIds[2], baseVersion: 0, status: "draft" }] });
  const overrideId = (await prisma.conversionOverride.create({ data: { documentId, from: "段", to: "段", script: "hans" }, select: { id: true } })).id;
  const thread = await createThread({ segmentId: segmentIds[1], body: "Check this.", author: USERS.translator.id });
  return { marker, projectId, otherProjectId, documentId, segmentIds, revisionId, annotationId, termId, proposalId, othersProposalId, memoryId, batchId: batch.batchId!, overrideId, threadId: thread.id, commentId: thread.comments[0]!.id };
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu><tuv xml:lang="zh-CN"><seg>第一段。</seg></tuv><tuv xml:lang="en"><seg>First.</seg></tuv></tu></body></tmx>`;
const CHOICES = JSON.stringify({ disabledRules: [], restored: [], accepted: [] });
const seen = (f: Fixture) => f.segmentIds.map((segmentId, i) => ({ segmentId, baseVersion: i === 1 ? 1 : i === 2 ? 1 : 0 }));

// Other test files run at the same time on the same database and read the installation's settings: a
// global owner's call must not change them (a rate table the data layer refuses, the MT settings as stored).
async function storedMtSettings(): Promise<Record<string, unknown>> {
  const row = await prisma.setting.findUnique({ where: { key: "mt" } });
  const stored = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
  return { provider: "", baseUrl: "", model: "", temperature: 0, maxConcurrent: 1, sourceScript: "original", ...stored, apiKey: "", clearApiKey: false };
}

/** Each action's arguments for the fixture: valid input, so that only authorisation can refuse it. */
const ACTION_CALLS: Record<string, (f: Fixture) => unknown[] | Promise<unknown[]>> = {
  deleteDocumentAction: (f) => [f.documentId],
  importTranslationsAction: (f) => [f.documentId, form({ file: new File([TMX], "t.tmx") })],
  createFromBilingualAction: (f) => [null, form({ file: new File([TMX], `${f.marker}.tmx`), projectId: String(f.projectId) })],
  saveRateTableAction: () => [{ ratePerHan: "-1", currency: "USD", weights: { repetition: "10", "100": "20", "95-99": "50", "85-94": "70", "75-84": "90", "50-74": "100", none: "100" } }],
  createTermAction: (f) => [{ source: f.marker, target: "t", note: "", usage: "preferred", projectId: f.projectId }],
  updateTermAction: (f) => [{ id: f.termId, source: "段", target: "section", note: "", usage: "preferred" }],
  deleteTermAction: (f) => [{ id: f.termId }],
  approveTermAction: (f) => [{ id: f.proposalId }],
  importTermsFileAction: (f) => [form({ file: new File([`source,target\n${f.marker},t\n`], "g.csv"), projectId: String(f.projectId) })],
  readSourceAction: () => [form({ text: "第一段。" })],
  importDocumentAction: (f) => [form({ text: "第一段。", title: f.marker, sourceUrl: "", note: "", choices: CHOICES, projectId: String(f.projectId) })],
  importTmxAction: (f) => [form({ file: new File([TMX], "m.tmx"), name: f.marker, projectId: String(f.projectId) })],
  deleteMemoryAction: (f) => [{ id: f.memoryId }],
  saveMtSettingsAction: async () => [await storedMtSettings()],
  createInvitationAction: (f) => [{ email: `${f.marker}@example.test`, role: "member" }],
  saveSegmentAction: (f) => [{ segmentId: f.segmentIds[1], baseVersion: 1, target: "Changed.", status: "translated", clientEditId: `${f.marker}-save` }],
  keepRefusedTextAction: (f) => [{ segmentId: f.segmentIds[1], target: "Kept.", status: "translated", clientEditId: `${f.marker}-keep` }],
  restoreRevisionAction: (f) => [{ segmentId: f.segmentIds[1], revisionId: f.revisionId, baseVersion: 1, clientEditId: `${f.marker}-restore` }],
  splitSegmentAction: (f) => [{ segmentId: f.segmentIds[1], baseVersion: 1, at: 2, targetAt: null }],
  joinSegmentsAction: (f) => [{ segmentId: f.segmentIds[2], baseVersion: 1, nextBaseVersion: 0 }],
  createAnnotationAction: (f) => [{ segmentId: f.segmentIds[2], start: 0, end: 1, gloss: "x", note: "", pinyin: "", category: "other" }],
  updateAnnotationAction: (f) => [{ id: f.annotationId, gloss: "changed", note: "", pinyin: "", category: "other" }],
  deleteAnnotationAction: (f) => [{ id: f.annotationId }],
  addTermAction: (f) => [{ documentId: f.documentId, source: f.marker, target: "t", note: "", usage: "preferred" }],
  undoBatchAction: (f) => [{ documentId: f.documentId, batchId: f.batchId }],
  lockParagraphsAction: (f) => [{ documentId: f.documentId }],
  unlockParagraphsAction: (f) => [{ documentId: f.documentId, paragraphs: seen(f) }],
  changeStatusAction: (f) => [{ documentId: f.documentId, paragraphs: seen(f), status: "translated" }],
  countRepetitionsAction: (f) => [{ documentId: f.documentId, segmentId: f.segmentIds[1] }],
  fillRepetitionsAction: (f) => [{ documentId: f.documentId, segmentId: f.segmentIds[1] }],
  createConversionOverrideAction: (f) => [{ documentId: f.documentId, segmentId: null, start: null, from: "标题", to: "標題", script: "original" }],
  deleteConversionOverrideAction: (f) => [{ id: f.overrideId, documentId: f.documentId }],
  preTranslateAction: (f) => [{ documentId: f.documentId }],
  saveMtStyleNoteAction: (f) => [{ documentId: f.documentId, note: "Formal." }],
  setQaIgnoredAction: (f) => [{ segmentId: f.segmentIds[1], key: "numbers:1", isIgnored: true }],
  replaceInDocumentAction: (f) => [
    { documentId: f.documentId, query: { find: "First", replace: "Second", isRegex: false, isWholeWord: false, isCaseSensitive: true }, scope: { kind: "all" }, paragraphs: [{ segmentId: f.segmentIds[1], version: 1 }] },
  ],
  recleanDocumentAction: (f) => [f.documentId, { disabledRules: [], restored: [], accepted: [] }],
  createProjectAction: (f) => [{ name: f.marker }],
  updateProjectAction: (f) => [{ id: f.projectId, name: `${f.marker} renamed`, usesSharedGlossary: false }],
  setMemberAction: (f) => [{ projectId: f.projectId, email: USERS["other-project"].email, role: "translator" }],
  removeMemberAction: (f) => [{ projectId: f.projectId, userId: USERS.viewer.id }],
  moveDocumentAction: (f) => [{ documentId: f.documentId, projectId: f.projectId }],
  setAssignmentAction: (f) => [{ documentId: f.documentId, translatorId: USERS.translator.id, reviewerId: USERS.reviewer.id }],
  createCommentThreadAction: (f) => [{ segmentId: f.segmentIds[2], body: "A new thread." }],
  replyToThreadAction: (f) => [{ threadId: f.threadId, body: "A reply." }],
  editCommentAction: (f) => [{ commentId: f.commentId, body: "Edited." }],
  deleteCommentAction: (f) => [{ commentId: f.commentId }],
  setThreadResolvedAction: (f) => [{ threadId: f.threadId, resolved: true }],
  reportPresenceAction: (f) => [{ documentId: f.documentId, clientId: f.marker, segmentId: f.segmentIds[1] }],
};

/** Extra calls whose need is higher than the action's usual one. */
const VARIANTS: { name: string; need: Need; args: (f: Fixture) => unknown[] }[] = [
  { name: "saveSegmentAction", need: "review", args: (f) => [{ segmentId: f.segmentIds[1], baseVersion: 1, target: "First.", status: "reviewed", clientEditId: `${f.marker}-rev` }] },
  { name: "changeStatusAction", need: "review", args: (f) => [{ documentId: f.documentId, paragraphs: seen(f), status: "reviewed" }] },
  // A translator edits and withdraws their own proposal; somebody else's only a reviewer.
  { name: "updateTermAction", need: "edit", args: (f) => [{ id: f.proposalId, source: "标题", target: "heading", note: "", usage: "preferred" }] },
  { name: "deleteTermAction", need: "edit", args: (f) => [{ id: f.proposalId }] },
  { name: "updateTermAction", need: "review", args: (f) => [{ id: f.othersProposalId, source: "一段", target: "a paragraph", note: "", usage: "preferred" }] },
  { name: "deleteTermAction", need: "review", args: (f) => [{ id: f.othersProposalId }] },
];

/** `isEndless`: a stream that stays open while the reader does (refused with an HTTP status before it opens). */
type RouteCall = { url: string; params?: Record<string, string>; init?: RequestInit; isEndless?: boolean };
const ROUTE_CALLS: Record<string, (f: Fixture) => RouteCall> = {
  "GET /api/export": (f) => ({ url: `/api/export?id=${f.documentId}&format=json` }),
  "GET /api/analysis/report": (f) => ({ url: `/api/analysis/report?ids=${f.documentId}&unit=paragraph&format=csv` }),
  "GET /api/dictionary/describe": () => ({ url: "/api/dictionary/describe?text=第一" }),
  "GET /api/dictionary/lookup": () => ({ url: "/api/dictionary/lookup?text=第一" }),
  "GET /api/dictionary/senses": () => ({ url: `/api/dictionary/senses?options=${encodeURIComponent(JSON.stringify([{ text: "干", source: "干" }]))}` }),
  "GET /api/glossary/[format]": () => ({ url: "/api/glossary/csv", params: { format: "csv" } }),
  "GET /api/memory/search": () => ({ url: `/api/memory/search?text=${encodeURIComponent("第三段")}` }),
  "GET /api/mt/settings": () => ({ url: "/api/mt/settings" }),
  "GET /api/documents/[id]/export": (f) => ({ url: `/api/documents/${f.documentId}/export?format=json`, params: { id: String(f.documentId) } }),
  "GET /api/documents/[id]/matches": (f) => ({ url: `/api/documents/${f.documentId}/matches?segment=${f.segmentIds[1]}`, params: { id: String(f.documentId) } }),
  "GET /api/documents/[id]/mt": (f) => ({ url: `/api/documents/${f.documentId}/mt?segment=${f.segmentIds[1]}`, params: { id: String(f.documentId) } }),
  "POST /api/documents/[id]/mt/draft": (f) => ({
    url: `/api/documents/${f.documentId}/mt/draft`,
    params: { id: String(f.documentId) },
    init: { method: "POST", body: JSON.stringify({ dryRun: true }), headers: { "content-type": "application/json" } },
  }),
  "GET /api/documents/[id]/segments": (f) => ({ url: `/api/documents/${f.documentId}/segments`, params: { id: String(f.documentId) } }),
  "GET /api/segments/[id]/revisions": (f) => ({ url: `/api/segments/${f.segmentIds[1]}/revisions`, params: { id: String(f.segmentIds[1]) } }),
  "GET /api/segments/[id]/comments": (f) => ({ url: `/api/segments/${f.segmentIds[1]}/comments`, params: { id: String(f.segmentIds[1]) } }),
  "GET /api/documents/[id]/row-marks": (f) => ({ url: `/api/documents/${f.documentId}/row-marks`, params: { id: String(f.documentId) } }),
  "GET /api/documents/[id]/live": (f) => ({ url: `/api/documents/${f.documentId}/live?client=${f.marker}`, params: { id: String(f.documentId) }, isEndless: true }),
};

type Refusal = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | null;

function expected(need: Need, who: Who): Refusal {
  if (need === "public") return null;
  if (who === "nobody") return "UNAUTHENTICATED";
  if (need === "signed-in" || need === "list" || who === "global-owner") return null;
  if (need === "global-owner") return "FORBIDDEN";
  if (who === "other-project") return "NOT_FOUND";
  return roleCan(who, need) ? null : "FORBIDDEN";
}

// Seven calls, each on a fresh fixture; a file read in a parse worker takes seconds on a busy machine.
const SLOW = 120_000;
const REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const BY_STATUS: Record<number, Refusal> = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" };

async function outcome(call: () => Promise<unknown>): Promise<Refusal | "other"> {
  try {
    const result = await call();
    if (result instanceof Response) {
      // The MT routes answer a stream of events; a refusal is its error event.
      if (/event-stream|ndjson/.test(result.headers.get("content-type") ?? "")) {
        const code = /"type":"error","code":"(\w+)"/.exec(await result.text())?.[1];
        return code && REFUSALS.has(code) ? (code as Refusal) : null;
      }
      await result.body?.cancel().catch(() => undefined);
      return BY_STATUS[result.status] ?? null;
    }
    if (result && typeof result === "object" && "ok" in result && result.ok === false && "code" in result) {
      return REFUSALS.has(String(result.code)) ? (result.code as Refusal) : null;
    }
    return null;
  } catch (error) {
    // redirect() after a successful create, or a framework helper that needs a real request: not a refusal.
    return (error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT") ? null : "other";
  }
}

/** Every row the fixture's project holds, and what a call could create elsewhere with its marker. */
async function snapshot(f: Fixture): Promise<string> {
  const inProject = { document: { projectId: f.projectId } };
  return JSON.stringify(
    await Promise.all([
      prisma.project.findMany({ where: { OR: [{ id: { in: [f.projectId, f.otherProjectId] } }, { name: f.marker }] }, orderBy: { id: "asc" } }),
      prisma.membership.findMany({ where: { projectId: { in: [f.projectId, f.otherProjectId] } }, orderBy: { id: "asc" } }),
      prisma.document.findMany({ where: { OR: [{ projectId: f.projectId }, { title: f.marker }] }, orderBy: { id: "asc" } }),
      prisma.segment.findMany({ where: inProject, orderBy: { id: "asc" } }),
      prisma.revision.findMany({ where: { segment: inProject }, orderBy: { id: "asc" } }),
      prisma.annotation.findMany({ where: { segment: inProject }, orderBy: { id: "asc" } }),
      prisma.term.findMany({ where: { OR: [{ projectId: f.projectId }, inProject, { source: f.marker }] }, orderBy: { id: "asc" } }),
      prisma.translationMemory.findMany({ where: { OR: [{ projectId: f.projectId }, { name: f.marker }] }, include: { entries: true }, orderBy: { id: "asc" } }),
      prisma.editBatch.findMany({ where: inProject, orderBy: { id: "asc" } }),
      prisma.conversionOverride.findMany({ where: inProject, orderBy: { id: "asc" } }),
      prisma.qaIgnore.findMany({ where: { segment: inProject }, orderBy: { id: "asc" } }),
      prisma.commentThread.findMany({ where: inProject, include: { comments: true }, orderBy: { id: "asc" } }),
      prisma.documentAssignment.findMany({ where: inProject }),
      prisma.invitation.findMany({ where: { email: `${f.marker}@example.test` } }),
    ]),
  );
}

async function check(need: Need, run: (f: Fixture) => Promise<unknown>): Promise<Record<Who, string>> {
  const seenOutcomes = {} as Record<Who, string>;
  for (const who of WHO) {
    const f = await buildFixture();
    const before = await snapshot(f);
    acting.user = who === "nobody" ? null : USERS[who];
    const got = await outcome(() => run(f));
    acting.user = null;
    const want = expected(need, who);
    seenOutcomes[who] = String(got);
    if (want !== null) {
      expect({ who, got }).toEqual({ who, got: want });
      expect(await snapshot(f), `${who}'s refused call changed something`).toBe(before);
    } else {
      expect({ who, refused: got !== null && got !== "other" ? got : null }).toEqual({ who, refused: null });
    }
  }
  return seenOutcomes;
}

const actions = serverActions();
const routes = routeHandlers();

describe("the authorisation table", () => {
  it("names every server action and route, and nothing else", () => {
    expect(actions.map(({ name }) => name).filter((name) => !(name in ACTION_NEEDS))).toEqual([]);
    expect(routes.map(({ method, urlPath }) => `${method} ${urlPath}`).filter((key) => !(key in ROUTE_NEEDS))).toEqual([]);
    expect(Object.keys(ACTION_NEEDS).filter((name) => !actions.some((action) => action.name === name))).toEqual([]);
    expect(Object.keys(ROUTE_NEEDS).filter((key) => !routes.some(({ method, urlPath }) => `${method} ${urlPath}` === key))).toEqual([]);
  });

  it("has a call for every action and route that is not public", () => {
    expect(Object.entries(ACTION_NEEDS).filter(([name, need]) => need !== "public" && !(name in ACTION_CALLS)).map(([name]) => name)).toEqual([]);
    expect(Object.entries(ROUTE_NEEDS).filter(([key, need]) => need !== "public" && !(key in ROUTE_CALLS)).map(([key]) => key)).toEqual([]);
  });
});

describe("every action refuses exactly who its need says", () => {
  for (const { file, name } of actions) {
    const need = ACTION_NEEDS[name];
    if (!need || need === "public") continue;
    it(`${name} (${need})`, async () => {
      const action = (await import(/* @vite-ignore */ `@/${file}`))[name] as (...args: unknown[]) => Promise<unknown>;
      await check(need, async (f) => action(...(await ACTION_CALLS[name](f))));
    }, SLOW);
  }
  for (const [index, { name, need, args }] of VARIANTS.entries()) {
    it(`${name} (${need}, variant ${index + 1})`, async () => {
      const { file } = actions.find((action) => action.name === name)!;
      const action = (await import(/* @vite-ignore */ `@/${file}`))[name] as (...args: unknown[]) => Promise<unknown>;
      await check(need, (f) => action(...args(f)));
    }, SLOW);
  }
});

describe("every route refuses exactly who its need says", () => {
  for (const { file, method, urlPath } of routes) {
    const key = `${method} ${urlPath}`;
    const need = ROUTE_NEEDS[key];
    if (!need || need === "public") continue;
    it(`${key} (${need})`, async () => {
      const handler = (await import(/* @vite-ignore */ `@/${file}`))[method] as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
      await check(need, (f) => {
        const { url, params = {}, init, isEndless = false } = ROUTE_CALLS[key](f);
        return handler(new Request(`http://localhost${url}`, init), { params: Promise.resolve(params) }).then(async (response) => {
          if (!isEndless || !response.ok) return response;
          await response.body?.cancel();
          return new Response(null, { status: response.status });
        });
      });
    }, SLOW);
  }
});

describe("saving a paragraph", () => {
  it("looks up the user's role once, also to save as reviewed, with the same outcome per role", async () => {
    const { saveSegmentAction } = await import("@/app/documents/[id]/actions");
    const f = await buildFixture();
    const lookups = vi.spyOn(prisma.membership, "findUnique");
    const outcomes: Record<string, string | null> = {};
    try {
      for (const who of ["reviewer", "translator"] as const) {
        lookups.mockClear();
        acting.user = USERS[who];
        const result = await saveSegmentAction({ segmentId: f.segmentIds[1], baseVersion: 1, target: "First.", status: "reviewed", clientEditId: `${f.marker}-once-${who}` });
        acting.user = null;
        outcomes[who] = result.ok ? null : result.code;
        expect({ who, lookups: lookups.mock.calls.length }).toEqual({ who, lookups: 1 });
      }
    } finally {
      lookups.mockRestore();
    }
    expect(outcomes).toEqual({ reviewer: null, translator: "FORBIDDEN" });
  });
});

describe("moving a document", () => {
  it("needs manage in both projects", async () => {
    const { moveDocumentAction } = await import("@/app/projects/actions");
    const f = await buildFixture();
    const as = async (who: Exclude<Who, "nobody">) => {
      acting.user = USERS[who];
      const result = await moveDocumentAction({ documentId: f.documentId, projectId: f.otherProjectId });
      acting.user = null;
      return result.ok ? null : result.code;
    };
    expect(await as("owner")).toBe("NOT_FOUND");
    expect(await as("other-project")).toBe("NOT_FOUND");
    expect((await prisma.document.findUniqueOrThrow({ where: { id: f.documentId } })).projectId).toBe(f.projectId);
    await prisma.membership.create({ data: { projectId: f.otherProjectId, userId: USERS.owner.id, role: "translator" } });
    expect(await as("owner")).toBe("FORBIDDEN");
    await prisma.membership.update({ where: { projectId_userId: { projectId: f.otherProjectId, userId: USERS.owner.id } }, data: { role: "owner" } });
    expect(await as("owner")).toBe(null);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: f.documentId } })).projectId).toBe(f.otherProjectId);
    await prisma.membership.delete({ where: { projectId_userId: { projectId: f.otherProjectId, userId: USERS.owner.id } } });
  });
});

describe("lists show only the rows of the user's projects", () => {
  it("the glossary download and the concordance leave out another project's rows", async () => {
    const f = await buildFixture();
    const glossary = (await import("@/app/api/glossary/[format]/route")).GET;
    const search = (await import("@/app/api/memory/search/route")).GET;
    const read = async (who: Who) => {
      acting.user = USERS[who as Exclude<Who, "nobody">];
      const csv = await (await glossary(new Request("http://localhost/api/glossary/csv"), { params: Promise.resolve({ format: "csv" }) })).text();
      const hits = await (await search(new Request(`http://localhost/api/memory/search?text=${encodeURIComponent("第三段")}`), { params: Promise.resolve({}) })).json();
      acting.user = null;
      return { hasTerm: csv.includes("paragraph"), memories: JSON.stringify(hits).includes(f.marker) };
    };
    await prisma.term.updateMany({ where: { id: f.termId }, data: { target: `paragraph ${f.marker}` } });
    expect(await read("viewer")).toEqual({ hasTerm: true, memories: true });
    const stranger = await read("other-project");
    expect(stranger.memories).toBe(false);
    const csv = await (async () => {
      acting.user = USERS["other-project"];
      const text = await (await glossary(new Request("http://localhost/api/glossary/csv"), { params: Promise.resolve({ format: "csv" }) })).text();
      acting.user = null;
      return text;
    })();
    expect(csv).not.toContain(f.marker);
  });
});

describe("glossary proposals", () => {
  const as = async <T>(who: Exclude<Who, "nobody">, call: () => Promise<T>): Promise<T> => {
    acting.user = USERS[who];
    try {
      return await call();
    } finally {
      acting.user = null;
    }
  };
  const statusOf = async (source: string) => prisma.term.findFirstOrThrow({ where: { source }, select: { status: true, proposedBy: true, approvedBy: true } });

  it("a translator's new term is a proposal, from the glossary page and from the editor; a reviewer's is approved", async () => {
    const { createTermAction, approveTermAction, updateTermAction } = await import("@/app/glossary/actions");
    const { addTermAction } = await import("@/app/documents/[id]/annotation-actions");
    const f = await buildFixture();
    const term = (who: string) => ({ source: `${f.marker}${who}`, target: who, note: "", usage: "preferred" as const });
    expect(await as("translator", () => createTermAction({ ...term("t"), projectId: f.projectId }))).toMatchObject({ ok: true, data: { status: "proposed", proposedBy: USERS.translator.id } });
    expect(await as("translator", () => addTermAction({ ...term("e"), documentId: f.documentId }))).toMatchObject({ ok: true });
    expect(await statusOf(`${f.marker}e`)).toEqual({ status: "proposed", proposedBy: USERS.translator.id, approvedBy: null });
    expect(await as("reviewer", () => createTermAction({ ...term("r"), projectId: f.projectId }))).toMatchObject({ ok: true, data: { status: "approved" } });
    expect(await as("owner", () => addTermAction({ ...term("o"), documentId: f.documentId }))).toMatchObject({ ok: true });
    expect(await statusOf(`${f.marker}o`)).toMatchObject({ status: "approved", proposedBy: USERS.owner.id });
    expect(await as("global-owner", () => createTermAction({ ...term("g"), projectId: f.projectId }))).toMatchObject({ ok: true, data: { status: "approved" } });

    // The reviewer edits the proposal, then approves it; the translator may no longer change it.
    const proposal = await prisma.term.findFirstOrThrow({ where: { source: `${f.marker}t` }, select: { id: true } });
    expect(await as("translator", () => approveTermAction({ id: proposal.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("reviewer", () => updateTermAction({ id: proposal.id, source: `${f.marker}t`, target: "edited", note: "", usage: "preferred" }))).toMatchObject({ ok: true, data: { status: "proposed" } });
    expect(await as("reviewer", () => approveTermAction({ id: proposal.id }))).toMatchObject({ ok: true, data: { status: "approved", target: "edited" } });
    expect(await statusOf(`${f.marker}t`)).toEqual({ status: "approved", proposedBy: USERS.translator.id, approvedBy: USERS.reviewer.id });
    expect(await as("translator", () => updateTermAction({ id: proposal.id, source: `${f.marker}t`, target: "mine", note: "", usage: "preferred" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the glossary download holds approved terms only", async () => {
    const { approveTermAction } = await import("@/app/glossary/actions");
    const glossary = (await import("@/app/api/glossary/[format]/route")).GET;
    const f = await buildFixture();
    await prisma.term.update({ where: { id: f.proposalId }, data: { target: `proposed ${f.marker}` } });
    const csv = () => as("reviewer", async () => (await glossary(new Request("http://localhost/api/glossary/csv"), { params: Promise.resolve({ format: "csv" }) })).text());
    expect(await csv()).not.toContain(f.marker);
    expect(await as("reviewer", () => approveTermAction({ id: f.proposalId }))).toMatchObject({ ok: true });
    expect(await csv()).toContain(`proposed ${f.marker}`);
  });
});
