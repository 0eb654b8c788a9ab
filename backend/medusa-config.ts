import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"
import { backendUrl as publicBackendUrl, fileBaseUrl } from "./src/lib/public-urls"
import { httpSecrets } from "./src/lib/secrets"
import { SYNONYM_GROUPS } from "./src/lib/search/synonyms"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * One config for every environment. External services are switched on by
 * environment variables only:
 * - DATABASE_URL (set by scripts/start.mjs to the embedded Postgres unless you set it)
 * - REDIS_URL → Redis event bus, workflow engine, locking and caching instead of the
 *   in-process defaults (needed as soon as more than one backend process runs).
 * - JWT_SECRET / COOKIE_SECRET: development defaults; required in production
 *   (src/lib/secrets.ts refuses to start without real ones).
 */
const redisUrl = process.env.REDIS_URL
const backendUrl = publicBackendUrl()
const storeCors = process.env.STORE_CORS || "http://localhost:4321,http://127.0.0.1:4321"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"
const authCors = process.env.AUTH_CORS || `${storeCors},${adminCors}`

const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Medusa's Caching Module (behind the `caching` feature flag in 2.21) caches the
 * store API's Query reads — product lists with prices, regions, variants — and
 * invalidates them on the owning module's change events. Stock is not cached: the
 * store routes add inventory quantities after the cached read. In-process memory
 * by default, Redis when REDIS_URL is set (shared by every backend process).
 */
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        providers: [
          { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      }
    : { in_memory: { enable: true, ttl: 300, maxSize: 64 * 1024 * 1024 } },
}

/**
 * Notification Module: Borong Bareng tells each participant the outcome on the
 * "email" channel. In development the local provider writes it to the backend log;
 * a real email provider replaces it for the "email" channel in production.
 */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local Notification Provider", channels: ["feed", "email"] },
      },
    ],
  },
}

/**
 * Search Module: one product index (src/search/product.ts). Providers:
 * - "search-postgres-fast" (default, embedded): the stock Postgres provider plus a
 *   word vocabulary, so typo-tolerant search stays fast (src/modules/search-fast);
 * - "search-postgres": Medusa's stock provider (kept registered: the search bench's
 *   plugin puts its own index on it, to compare);
 * - "meilisearch" when MEILISEARCH_HOST and MEILISEARCH_API_KEY are set (then the default).
 * Both of ours get the store's synonyms (src/lib/search/synonyms.ts) as their `synonyms` option.
 * SEARCH_PROVIDER overrides the default (tests and the bench use it).
 */
const meiliHost = process.env.MEILISEARCH_HOST
const meiliKey = process.env.MEILISEARCH_API_KEY
const useMeilisearch = !!(meiliHost && meiliKey)
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
      {
        resolve: "./src/modules/search-fast",
        id: "fast",
        // SEARCH_MAX_TOTAL_HITS: matches a relevance search ranks, counts and facets (default 1000).
        options: { max_total_hits: Number(process.env.SEARCH_MAX_TOTAL_HITS) || undefined, synonyms: SYNONYM_GROUPS },
      },
      ...(useMeilisearch
        ? [
            {
              resolve: "./src/modules/search-meilisearch",
              id: "meilisearch",
              options: { host: meiliHost, apiKey: meiliKey, synonyms: SYNONYM_GROUPS },
            },
          ]
        : []),
    ],
    default_provider: process.env.SEARCH_PROVIDER || (useMeilisearch ? "meilisearch" : "search-postgres-fast"),
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions:
      process.env.DATABASE_SSL === "true" ? undefined : { connection: { ssl: false } },
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors,
      adminCors,
      authCors,
      ...httpSecrets(),
    },
  },
  admin: {
    backendUrl,
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
  },
  plugins: [
    {
      resolve: "@pasar-sleman/campaigns",
      options: {},
    },
    // The search bench (scripts/bench/search.mjs) alone sets this: its own plugin
    // (bench/search) adds Medusa's stock provider as a second product index.
    ...(process.env.SEARCH_BENCH_STOCK_INDEX === "true" ? [{ resolve: "@pasar-sleman/bench-search", options: {} }] : []),
  ],
  featureFlags: {
    caching: true,
  },
  modules: [
    ...redisModules,
    cachingModule,
    notificationModule,
    searchModule,
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", backend_url: fileBaseUrl() },
          },
        ],
      },
    },
  ],
})
