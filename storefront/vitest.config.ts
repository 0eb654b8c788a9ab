import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    alias: {
      "~": fileURLToPath(new URL("./src", import.meta.url)),
      // The campaigns plugin's contract is constants and types only: tests read its
      // source, so they need no plugin build.
      "@pasar-sleman/campaigns/contract": fileURLToPath(new URL("../plugins/campaigns/src/contract/index.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
})
