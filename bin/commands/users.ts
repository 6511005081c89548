import { parseArgs } from "node:util";
import { isDomainError } from "@/lib/core/errors";
import { GLOBAL_ROLES, isGlobalRole, type GlobalRole } from "@/lib/core/team/roles";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { formatTable } from "../format-table";

export const usersCommand = defineCommand({
  usage: `Usage: duizhao users add EMAIL [--role owner|member] [--name NAME]
       duizhao users list [--json]
       duizhao users remove EMAIL
       duizhao users link EMAIL

Accounts for team mode (DUIZHAO_TEAM=1, see the README); local mode has none.

add     creates the account and prints a one-time link (7 days) where its owner sets a password and is
        signed in: the way to create the first owner. The role defaults to member
list    the accounts, their roles and whether they have a password yet
remove  deletes an account; its sessions end at once
link    a new one-time set-password link for an existing account (a forgotten password)

Links are printed for http://127.0.0.1:PORT unless DUIZHAO_PUBLIC_URL (e.g. https://duizhao.example.org)
says where the team reaches the server.

Options:
  --role ROLE  owner (manages people) or member
  --name NAME  The name shown in the app (default: the email's name)
  --json       Print JSON instead of a table
  -h, --help   Show this help
`,

  parse(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } } });
    const [action, email, ...rest] = positionals;
    if (rest.length > 0) throw new CliError("Too many arguments.");
    if (action === "list") {
      if (email !== undefined) throw new CliError("Too many arguments.");
      return { action: "list" as const, isJson: values.json === true };
    }
    if (action === "add" || action === "remove" || action === "link") {
      if (email === undefined) throw new CliError(`Missing EMAIL to ${action}.`);
      const role = values.role ?? "member";
      if (!isGlobalRole(role)) throw new CliError(`Unknown role "${role}": ${GLOBAL_ROLES.join(" or ")}.`);
      if (action !== "add" && values.role !== undefined) throw new CliError(`--role only goes with "users add".`);
      const chosen: GlobalRole = role;
      return { action: action as "add" | "remove" | "link", email: String(email), role: chosen, name: values.name };
    }
    throw new CliError(action === undefined ? "Missing action: add, list, remove or link." : `Unknown action "${action}": add, list, remove or link.`);
  },

  async run(args) {
    const users = await import("@/lib/server/auth/users");
    const { createInvitation } = await import("@/lib/server/auth/invitations");
    if (args.action === "list") {
      const rows = await users.listUsers();
      if (args.isJson) return console.log(JSON.stringify(rows, null, 2));
      if (rows.length > 0) console.log(formatTable(["EMAIL", "ROLE", "PASSWORD", "NAME"], rows.map((row) => [row.email, row.role, row.hasPassword ? "yes" : "not yet", row.name])));
      console.error(`${rows.length} account${rows.length === 1 ? "" : "s"}.`);
      return;
    }
    if (args.action === "remove") {
      await noAccountAsCliError(args.email, () => users.removeUser(args.email));
      console.error(`Removed ${args.email.trim().toLowerCase()}; their sessions have ended.`);
      return;
    }
    const user = args.action === "add" ? await users.addUser({ email: args.email, role: args.role, name: args.name }) : await noAccountAsCliError(args.email, () => users.findUserByEmail(args.email));
    const { token, expiresAt } = await createInvitation({ role: args.role, userId: user.id });
    if (args.action === "add") console.error(`Added ${user.email} (${args.role}).`);
    console.error(`Open this link once, before ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC, to set the password and sign in:`);
    console.log(`${publicUrl()}/invite/${token}`);
  },
});

async function noAccountAsCliError<T>(email: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") throw new CliError(`No account has the email ${email}. See: duizhao users list`);
    throw error;
  }
}

function publicUrl(): string {
  const configured = process.env.DUIZHAO_PUBLIC_URL?.trim().replace(/\/+$/, "");
  if (configured) return configured;
  return `http://127.0.0.1:${process.env.PORT?.trim() || "3000"}`;
}
