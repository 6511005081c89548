import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The native SQLite module, the pg driver and exceljs (review spreadsheets) stay plain Node requires in the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "exceljs"],
  experimental: {
    // Files up to MAX_BILINGUAL_BYTES (32 MiB: XLIFF, TMX, CSV; sources up to MAX_IMPORT_BYTES) reach
    // the server actions, with room for the form around them; larger ones are refused in the browser
    // before sending (lib/core/limits.ts).
    serverActions: { bodySizeLimit: "40mb" },
    // proxy.ts makes Next buffer each request body up to this size and pass on only that much of a
    // longer one. It stays above bodySizeLimit, so an oversized upload still reaches the action's own
    // size check (and its clear refusal) rather than arriving cut short.
    proxyClientMaxBodySize: "48mb",
  },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
