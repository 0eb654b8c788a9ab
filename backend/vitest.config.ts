import { defineConfig } from "vitest/config"

// Two projects: `unit` (pure functions, no database) and `integration`
// (@medusajs/test-utils boots the real app against a real Postgres; one file at a
// time because every file creates and migrates its own database).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["integration-tests/**/*.spec.ts"],
          environment: "node",
          globals: true,
          pool: "forks",
          fileParallelism: false,
          setupFiles: ["./integration-tests/setup.js"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
