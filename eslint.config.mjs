import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The dependency rule (shared/STYLE.md): lib/core imports nothing of the app or its frameworks;
// components never reach the data layer.
const frameworkImports = [
  { group: ["react", "react-dom", "react/*", "next", "next/*", "next-intl", "next-intl/*"], message: "lib/core is plain TypeScript." },
  { group: ["@prisma/*", "**/generated/prisma*", "@/lib/server/*", "@/app/*", "@/components/*"], message: "lib/core must not depend on the data layer or the app." },
  { group: ["node:*", "fs", "path"], message: "lib/core does no I/O: callers pass text and bytes in." },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/server/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "dist/**"],
  },
  {
    // Not React: Playwright fixtures call `use`, benchmarks and scripts have their own conventions.
    files: ["e2e/**", "bench/**", "scripts/**", "bin/**", "*.config.*"],
    rules: { "react-hooks/rules-of-hooks": "off", "@next/next/no-assign-module-variable": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: { "import/no-cycle": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["lib/core/**/*.ts"],
    ignores: ["lib/core/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: frameworkImports }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/server/*", "@prisma/*", "**/generated/prisma*"], message: "Components get plain data and actions as props." }] },
      ],
    },
  },
];

export default config;
