#!/usr/bin/env node
// `npm start`: the whole store on embedded defaults — database, migrations, seed,
// backend + Medusa Admin, storefront. Ctrl-C stops everything cleanly.
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { ROOT, log } from "./lib/util.mjs"

const PORTS = {
  postgres: Number(process.env.PG_PORT || 5499),
  backend: Number(process.env.BACKEND_PORT || 9000),
  storefront: Number(process.env.STOREFRONT_PORT || 4321),
}
const DATA = path.join(ROOT, ".data")

if (!fs.existsSync(path.join(ROOT, "node_modules/.bin/medusa"))) {
  log("install", "node_modules missing: running npm ci (about 2–3 minutes)")
  const r = spawnSync("npm", ["ci"], { cwd: ROOT, stdio: "inherit" })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const { startPostgres } = await import("./lib/postgres.mjs")
const { buildPackages, migrateAndSeed, startBackend, startStorefront, onShutdown } = await import("./lib/stack.mjs")
const { STORE_ADMIN } = await import("./lib/admin-credentials.mjs")

let pg, backend, storefront
const stopAll = onShutdown(() => [pg, backend, storefront])
try {
  await buildPackages()
  pg = await startPostgres({ name: "dev", port: PORTS.postgres, database: "pasar_sleman" })
  const keyFile = path.join(DATA, "publishable-key.txt")
  const publishableKey = await migrateAndSeed({ databaseUrl: pg.url, keyFile, backendUrl: `http://localhost:${PORTS.backend}` })
  backend = await startBackend({ port: PORTS.backend, databaseUrl: pg.url, logFile: path.join(DATA, "logs/backend.log") })
  storefront = await startStorefront({
    port: PORTS.storefront,
    backendUrl: `http://localhost:${PORTS.backend}`,
    publishableKey,
    logFile: path.join(DATA, "logs/storefront.log"),
  })
  console.log(`
  Pasar Sleman is running.
    Toko (storefront):   http://localhost:${PORTS.storefront}
    Medusa Admin:        http://localhost:${PORTS.backend}/app
      email:             ${STORE_ADMIN.email}
      password:          ${STORE_ADMIN.password}   (development only)
    Store API:           http://localhost:${PORTS.backend}/store (publishable key in .data/publishable-key.txt)
    Logs:                .data/logs/
  Press Ctrl-C to stop everything.
`)
  const code = await Promise.race([backend.exitPromise, storefront.exitPromise])
  if (stopAll.started) await new Promise(() => {}) // Ctrl-C: the signal handler finishes the shutdown
  log("stop", `a service exited unexpectedly (code ${code}); shutting down`)
  await stopAll()
  process.exit(1)
} catch (err) {
  console.error(`\nnpm start failed: ${err.message}`)
  await stopAll()
  process.exit(1)
}
