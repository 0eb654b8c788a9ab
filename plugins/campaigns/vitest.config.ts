import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // The campaign rules (and their unit tests) arrive with the Great Sale and
    // Borong Bareng issues; until then the plugin is covered by backend integration tests.
    passWithNoTests: true,
  },
})
