import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Tests import each package's TypeScript source directly (the "source" export condition).
    conditions: ["source"],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "threads",
  },
});
