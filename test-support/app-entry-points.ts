import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Every way into the app, read from the code itself (app/): the exported server actions of "use server"
// files, the route handlers and the pages. The authorisation tests walk these lists, so that a new
// action, route or page is covered (or fails) without anyone adding it by hand.

const root = fileURLToPath(new URL("..", import.meta.url));

/** Reachable by strangers on purpose, each with its reason. Everything else must refuse them. */
export const PUBLIC_ACTIONS: Record<string, string> = {
  setLocaleAction: "sets only the UI-language cookie, which the sign-in page needs too",
  acceptInvitationAction: "the one-time link's token is the credential",
  createFirstOwnerAction: "works only while nobody has an account, and only from loopback",
};
export const PUBLIC_ROUTES: Record<string, string> = { "/api/auth/[...all]": "better-auth's own sign-in, sign-out and session endpoints" };
export const PUBLIC_PAGES: Record<string, string> = {
  "/sign-in": "where strangers are sent",
  "/invite/[token]": "the one-time link's page",
  "/welcome": "the first-run page (loopback, no account yet)",
};

export type ServerAction = { file: string; name: string; source: string };
export type RouteHandler = { file: string; urlPath: string; method: string; source: string };
export type Page = { file: string; urlPath: string; source: string };

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function urlPathOf(file: string): string {
  const dir = path.dirname(file).replace(/^app/, "").split(path.sep).join("/");
  return dir === "" ? "/" : dir;
}

/** The exported functions of every file that starts with "use server". */
export function serverActions(): ServerAction[] {
  return filesUnder("app").flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) return [];
    return [...source.matchAll(/^export\s+(?:async\s+function|const|function)\s+(\w+)/gm)].map(([, name]) => ({ file, name: name!, source }));
  });
}

/** The HTTP methods exported by every app/**\/route.ts. */
export function routeHandlers(): RouteHandler[] {
  return filesUnder("app")
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = new Set<string>();
      for (const [, method] of source.matchAll(/^export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD)\b/gm)) methods.add(method!);
      for (const [, list] of source.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const [, method] of list!.matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE|HEAD)\b/g)) methods.add(method!);
      return [...methods].map((method) => ({ file, urlPath: urlPathOf(file), method, source }));
    });
}

/** Every app/**\/page.tsx. */
export function pages(): Page[] {
  return filesUnder("app")
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => ({ file, urlPath: urlPathOf(file), source: readFileSync(path.join(root, file), "utf8") }));
}

/** A URL for a path pattern: every [param] filled with `value`. */
export function fillParams(urlPath: string, value = "1"): string {
  return urlPath.replace(/\[(?:\.\.\.)?[^\]]+\]/g, value);
}
