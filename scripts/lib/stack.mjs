// The store's moving parts, shared by `npm start` (dev ports, persistent data)
// and `npm test` (its own ports and a throwaway database).
import fs from "node:fs"
import path from "node:path"
import { ROOT, log } from "./util.mjs"
import { run, startService, waitForHttp } from "./proc.mjs"

export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
const bin = (name) => path.join(ROOT, "node_modules/.bin", name)

/** Builds what the backend and storefront load at run time (turbo caches it). */
export async function buildPackages(filters = ["@pasar-sleman/campaigns", "@pasar-sleman/storefront"]) {
  log("build", `building ${filters.join(", ")} (cached by turbo when unchanged)`)
  await run("build", bin("turbo"), ["run", "build", ...filters.map((f) => `--filter=${f}`), "--output-logs=errors-only"], { cwd: ROOT })
}

/** Migrations (core + plugin modules + links), then the idempotent seed. */
export async function migrateAndSeed({ databaseUrl, keyFile, env = {} }) {
  const backendEnv = { DATABASE_URL: databaseUrl, PUBLISHABLE_KEY_FILE: keyFile, ...env }
  log("migrate", "running medusa db:migrate")
  await run("migrate", bin("medusa"), ["db:migrate"], { cwd: BACKEND_DIR, env: backendEnv, quiet: true })
  log("seed", "seeding the Sleman catalogue (idempotent)")
  const out = await run("seed", bin("medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND_DIR, env: backendEnv, quiet: true })
  const plain = out.replace(/\x1b\[[0-9;]*m/g, "")
  for (const line of plain.split("\n").filter((l) => l.includes("[seed] "))) {
    log("seed", line.slice(line.indexOf("[seed] ") + 7))
  }
  const key = fs.readFileSync(keyFile, "utf8").trim()
  if (!key.startsWith("pk_")) throw new Error(`seed did not write a publishable key to ${keyFile}`)
  return key
}

export async function startBackend({ port, databaseUrl, logFile, env = {} }) {
  const backend = startService("backend", bin("medusa"), ["develop"], {
    cwd: BACKEND_DIR,
    logFile,
    env: { DATABASE_URL: databaseUrl, PORT: String(port), MEDUSA_BACKEND_URL: `http://localhost:${port}`, ...env },
  })
  await waitForHttp(`http://localhost:${port}/health`, { service: backend, timeoutMs: 240000 })
  log("backend", `ready on http://localhost:${port}`)
  return backend
}

export async function startStorefront({ port, backendUrl, publishableKey, logFile }) {
  const storefront = startService("storefront", process.execPath, [path.join(STOREFRONT_DIR, "server.mjs")], {
    cwd: STOREFRONT_DIR,
    logFile,
    env: { HOST: "127.0.0.1", PORT: String(port), MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
  })
  await waitForHttp(`http://127.0.0.1:${port}/`, { service: storefront, timeoutMs: 60000 })
  log("storefront", `ready on http://localhost:${port}`)
  return storefront
}

/** Stops services in reverse order, once, whatever happens (Ctrl-C, failure). */
export function onShutdown(getServices) {
  let stopping = null
  // stopAll.started tells callers that a shutdown (e.g. Ctrl-C) is under way.
  const stopAll = async () => {
    stopAll.started = true
    if (!stopping) {
      stopping = (async () => {
        for (const s of getServices().filter(Boolean).reverse()) {
          try { await s.stop() } catch (e) { console.error(`could not stop ${s.label ?? "service"}: ${e.message}`) }
        }
      })()
    }
    return stopping
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      log("stop", `${signal} received, shutting down`)
      await stopAll()
      process.exit(130)
    })
  }
  return stopAll
}
