import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The native SQLite module and the pg driver stay plain Node requires in the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  experimental: {
    // Pasted sources up to MAX_IMPORT_BYTES (5 MiB) reach the server action; larger ones are
    // refused in the browser before sending (lib/core/limits.ts).
    serverActions: { bodySizeLimit: "8mb" },
    // proxy.ts makes Next buffer each request body up to this size and pass on only that much of a
    // longer one. It stays above bodySizeLimit, so an oversized upload still reaches the action's own
    // size check (and its clear refusal) rather than arriving cut short.
    proxyClientMaxBodySize: "10mb",
  },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
