import { defineConfig } from "vitest/config"

// The unit tests: pure rules, no database (`vitest run`, npm test's unit suite). The
// module tests against a real Postgres have their own config, vitest.integration.config.ts.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
})
