import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": here("./"),
      // lib/server files guard against client bundles with `import "server-only"`; tests are server code.
      "server-only": here("./lib/server/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "i18n/**/*.test.ts", "messages/**/*.test.ts", "bin/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./lib/server/testing/global-setup.ts"],
    setupFiles: ["./lib/server/testing/use-test-database.ts"],
    testTimeout: 20_000,
  },
});
