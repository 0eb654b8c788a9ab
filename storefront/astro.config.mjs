// @ts-check
import { defineConfig, envField } from "astro/config"
import node from "@astrojs/node"

// Server-rendered store front. Every page renders on the server and every
// interaction is a plain HTML form (Post/Redirect/Get), so almost no JS ships.
export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  // Astro's own origin check compares the Origin header with a URL whose host
  // is only trusted when `security.allowedDomains` lists it (Astro >= 5.15);
  // otherwise it is "localhost" and every same-site form POST gets a 403.
  // The deploy host is not known at build time, so src/middleware.ts does the
  // CSRF check itself (Origin / Sec-Fetch-Site vs. the Host header).
  security: { checkOrigin: false },
  // Do not inject Astro's dev toolbar into screenshots / e2e runs.
  devToolbar: { enabled: false },
  // Links to other pages are plain anchors; no client router.
  prefetch: false,
  build: {
    // Inline the single global stylesheet: saves one blocking request per page.
    inlineStylesheets: "always",
  },
  server: { port: 4321, host: true },
  // Processed <script>s (the Great Sale countdown island) always ship as files: the CSP
  // allows no inline script (script-src 'self').
  vite: { build: { assetsInlineLimit: 0 } },
  // Product photos come from the backend, whose URL is only known at run time:
  // any http(s) host passes Astro's build-time check, and the /_image endpoint
  // (src/image-endpoint.ts) then fetches from the configured backend only.
  image: {
    endpoint: { route: "/_image", entrypoint: "./src/image-endpoint.ts" },
    remotePatterns: [{ protocol: "http" }, { protocol: "https" }],
  },
  // Server secrets are read from the environment when the server runs (never
  // inlined at build time), so one build runs against any backend.
  env: {
    schema: {
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", optional: true, default: "http://localhost:9000", url: true }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      MEDUSA_TIMEOUT_MS: envField.number({ context: "server", access: "secret", optional: true, default: 4000, int: true, gt: 0 }),
      // Extra origins product photos may come from (e.g. a CDN), comma-separated.
      IMAGE_ORIGINS: envField.string({ context: "server", access: "secret", optional: true }),
      MEDUSA_WRITE_TIMEOUT_MS: envField.number({ context: "server", access: "secret", optional: true, default: 15000, int: true, gt: 0 }),
    },
  },
})
