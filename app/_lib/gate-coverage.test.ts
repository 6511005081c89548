import { describe, expect, it } from "vitest";
import { pages, PUBLIC_ACTIONS, PUBLIC_PAGES, PUBLIC_ROUTES, routeHandlers, serverActions } from "@/test-support/app-entry-points";

// Every server action, route and page found in app/ passes through the gate (requireUser via
// defineAction / runAction / defineRead, refuseStranger, requirePageUser), unless listed as public with
// its reason. A new one without the gate fails here; e2e/team-auth.spec.ts then proves the refusal over HTTP.

function exportedBody(source: string, name: string): string {
  const start = source.search(new RegExp(`^export\\s+(?:async\\s+function|const|function)\\s+${name}\\b`, "m"));
  const next = source.slice(start + 1).search(/^export\s/m);
  return next === -1 ? source.slice(start) : source.slice(start, start + 1 + next);
}

describe("the gate covers every way in", () => {
  it("finds the app's actions, routes and pages", () => {
    expect(serverActions().length).toBeGreaterThan(30);
    expect(routeHandlers().length).toBeGreaterThan(10);
    expect(pages().length).toBeGreaterThan(8);
  });

  it("every server action runs through defineAction or runAction, or is public with a reason", () => {
    const ungated = serverActions()
      .filter(({ name }) => !(name in PUBLIC_ACTIONS))
      .filter(({ source, name }) => !/=\s*defineAction\(|\{\s*(?:return|const \w+ = await)\s+runAction\(/.test(exportedBody(source, name)))
      .map(({ file, name }) => `${file}: ${name}`);
    expect(ungated).toEqual([]);
  });

  it("every route handler answers through defineRead or first calls refuseStranger, or is public", () => {
    const ungated = routeHandlers()
      .filter(({ urlPath }) => !(urlPath in PUBLIC_ROUTES))
      .filter(({ source, method }) => !new RegExp(`export const ${method} = defineRead\\(`).test(source) && !new RegExp(`export async function ${method}\\([^)]*\\)[^{]*\\{\\s*const refusal = await refuseStranger\\(\\);\\s*if \\(refusal\\) return refusal;`).test(source))
      .map(({ file, method }) => `${file}: ${method}`);
    expect(ungated).toEqual([]);
  });

  it("every page first calls requirePageUser, or is public", () => {
    const ungated = pages()
      .filter(({ urlPath }) => !(urlPath in PUBLIC_PAGES))
      .filter(({ source }) => !/export default async function \w+\([^)]*\)[^{]*\{\s*(?:const \w+ = )?await requirePageUser\(\);/.test(source))
      .map(({ file }) => file);
    expect(ungated).toEqual([]);
  });

  it("lists as public only what exists", () => {
    const actions = new Set(serverActions().map(({ name }) => name));
    for (const name of Object.keys(PUBLIC_ACTIONS)) expect(actions).toContain(name);
    const routes = new Set(routeHandlers().map(({ urlPath }) => urlPath));
    for (const urlPath of Object.keys(PUBLIC_ROUTES)) expect(routes).toContain(urlPath);
    const pagePaths = new Set(pages().map(({ urlPath }) => urlPath));
    for (const urlPath of Object.keys(PUBLIC_PAGES)) expect(pagePaths).toContain(urlPath);
  });
});
