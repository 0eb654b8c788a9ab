import { defineConfig } from "vitest/config"

// The module tests (`src/modules/<module>/__tests__/*.spec.ts`): each module's
// hand-written SQL against a real Postgres, through @medusajs/test-utils'
// moduleIntegrationTestRunner, which reads DB_HOST (the literal word "localhost"),
// DB_PORT, DB_USERNAME and DB_PASSWORD. One file at a time: each sets up its own database.
// `npm test` runs them in its integration suite: `vitest run --config vitest.integration.config.ts`.
export default defineConfig({
  test: {
    include: ["src/modules/**/__tests__/**/*.spec.ts"],
    environment: "node",
    globals: true,
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
