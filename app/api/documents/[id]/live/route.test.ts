import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db";
import { buildDocument } from "@/lib/server/testing/builders";
import { presenceOn } from "@/lib/server/live/presence-registry";
import { reportPresenceAction } from "@/app/documents/[id]/live-actions";
import { GET } from "./route";

// Presence in team mode: reported by a server action, ended by the tab's live stream closing (no request
// of its own). As in the authorisation suite, only the session lookup is replaced: the test names the user.

const acting: { user: CurrentUser | null } = { user: null };
vi.mock("@/lib/server/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/server/auth/current-user")>()),
  getCurrentUser: async () => acting.user,
}));

const reader = (id: string): CurrentUser => ({ id, name: `Reader ${id}`, email: `${id}@example.test`, role: "member", isLocal: false });

async function memberOf(documentId: number, user: CurrentUser): Promise<void> {
  const { projectId } = await prisma.document.findUniqueOrThrow({ where: { id: documentId }, select: { projectId: true } });
  await prisma.user.upsert({ where: { id: user.id }, create: { id: user.id, name: user.name, email: user.email }, update: {} });
  await prisma.membership.upsert({ where: { projectId_userId: { projectId, userId: user.id } }, create: { projectId, userId: user.id, role: "viewer" }, update: {} });
}

async function until(test: () => boolean): Promise<void> {
  for (let waited = 0; !test() && waited < 2_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("presence", () => {
  it("a reader's tab is present once it reports, and gone when its live stream closes; another's tab id ends nothing", async () => {
    const documentId = await buildDocument("一。\n二。");
    const [, second] = await prisma.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } });
    const [ana, bo] = [reader(`presence-ana-${Date.now()}`), reader(`presence-bo-${Date.now()}`)];
    await memberOf(documentId, ana);
    await memberOf(documentId, bo);
    const open = async (user: CurrentUser, clientId: string) => {
      acting.user = user;
      const controller = new AbortController();
      const response = await GET(new Request(`http://localhost/api/documents/${documentId}/live?client=${clientId}`, { signal: controller.signal }), { params: Promise.resolve({ id: String(documentId) }) });
      expect(response.status).toBe(200);
      return () => controller.abort();
    };

    const closeAna = await open(ana, "tab-ana");
    acting.user = ana;
    expect(await reportPresenceAction({ documentId, clientId: "tab-ana", segmentId: second!.id })).toEqual({ ok: true, data: null });
    expect(presenceOn(documentId).map((entry) => [entry.clientId, entry.user.id, entry.segmentId])).toEqual([["tab-ana", ana.id, second!.id]]);

    // Bo's stream under Ana's tab id closes: Ana stays.
    const closeBo = await open(bo, "tab-ana");
    closeBo();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(presenceOn(documentId).map((entry) => entry.user.id)).toEqual([ana.id]);

    closeAna();
    await until(() => presenceOn(documentId).length === 0);
    expect(presenceOn(documentId)).toEqual([]);
    acting.user = null;
  });
});
