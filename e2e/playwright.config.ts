import { defineConfig } from "@playwright/test"

// Runs against a stack started by `npm test` (scripts/test.mjs passes the URLs).
// Browser downloads are impossible here: Debian's chromium is used instead.
export default defineConfig({
  testDir: "./tests",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://127.0.0.1:4321",
    locale: "id-ID",
    viewport: { width: 412, height: 915 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    },
  },
  outputDir: "../.data/test/e2e-artifacts",
})
