import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * One config for every environment. External services are switched on by
 * environment variables only:
 * - DATABASE_URL (set by scripts/start.mjs to the embedded Postgres unless you set it)
 * - REDIS_URL → Redis event bus, workflow engine, locking and caching instead of the
 *   in-process defaults (needed as soon as more than one backend process runs).
 */
const redisUrl = process.env.REDIS_URL
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
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
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
    ]
  : []

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
      jwtSecret: process.env.JWT_SECRET || "pasar-sleman-dev-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "pasar-sleman-dev-cookie-secret",
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
  ],
  modules: [
    ...redisModules,
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
  ],
})
