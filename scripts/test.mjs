#!/usr/bin/env node
// `npm test`: every test — unit, integration (real Postgres), e2e (real Chromium
// against a real backend + storefront). It starts what it needs on its own ports
// and data (so it neither needs nor disturbs `npm start`) and stops it all at the
// end, also when a test fails. Ends with one line: "N passed, N failed".
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { ROOT, log } from "./lib/util.mjs"

const PORTS = {
  postgres: Number(process.env.TEST_PG_PORT || 5498),
  backend: Number(process.env.TEST_BACKEND_PORT || 9100),
  storefront: Number(process.env.TEST_STOREFRONT_PORT || 4421),
}
const DATA = path.join(ROOT, ".data/test")
const RESULTS = path.join(DATA, "results")
const bin = (name) => path.join(ROOT, "node_modules/.bin", name)

if (!fs.existsSync(bin("medusa"))) {
  log("install", "node_modules missing: running npm ci")
  const r = spawnSync("npm", ["ci"], { cwd: ROOT, stdio: "inherit" })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const { run } = await import("./lib/proc.mjs")
const { startPostgres, ensureDatabase } = await import("./lib/postgres.mjs")
const { buildPackages, migrateAndSeed, startBackend, startStorefront, onShutdown, BACKEND_DIR, STOREFRONT_DIR } = await import("./lib/stack.mjs")
const { STORE_ADMIN } = await import("./lib/admin-credentials.mjs")

fs.rmSync(RESULTS, { recursive: true, force: true })
fs.mkdirSync(RESULTS, { recursive: true })
const QUIET_MEDUSA = { LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" }
const failures = []
let pg, backend, storefront
const stopAll = onShutdown(() => [pg, backend, storefront])

// TEST_SUITES=unit,e2e (names as below, comma-separated) runs only those suites: a
// developer's shortcut. Unset (the README's `npm test`, CI): every suite.
const ONLY = process.env.TEST_SUITES ? process.env.TEST_SUITES.split(",").map((s) => s.trim()) : null

/** Runs one suite; a failing suite is recorded and the next one still runs. */
async function suite(name, fn) {
  if (ONLY && !ONLY.includes(name)) return log("test", `── ${name}: skipped (TEST_SUITES)`)
  log("test", `── ${name}`)
  try {
    await fn()
  } catch (err) {
    failures.push(name)
    log("test", `✗ ${name} failed: ${err.message.split("\n")[0]}`)
  }
}

// Medusa's test runner restores its database template between tests with
// DROP DATABASE ... WITH (FORCE); the pool's closed connections then log this line
// hundreds of times. It is noise, not a failure (failures still fail the suite).
const RESTORE_NOISE = /Connection Error: Connection ended unexpectedly/

function vitest(label, cwd, args, env = {}) {
  const out = path.join(RESULTS, `${label}.json`)
  return run(label, bin("vitest"), ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], {
    cwd,
    env,
    hide: RESTORE_NOISE,
  })
}

try {
  await buildPackages()

  await suite("unit", async () => {
    await vitest("unit-plugin", path.join(ROOT, "plugins/campaigns"), [])
    await vitest("unit-backend", BACKEND_DIR, ["--project", "unit"])
    await vitest("unit-storefront", STOREFRONT_DIR, [])
    await vitest("unit-catalog", path.join(ROOT, "content/catalog"), [])
    await vitest("unit-test-support", path.join(ROOT, "tools/test-support"), [])
  })

  // ESLint over every workspace and scripts/, then type checks (tsc; `astro check` for the
  // storefront's .astro files). Each of the three checks counts as one test.
  await suite("lint and types", async () => {
    const checks = [
      ["lint", bin("turbo"), ["run", "lint", "--output-logs=errors-only"]],
      ["lint-scripts", bin("eslint"), ["scripts", "eslint.config.mjs"]],
      ["check-types", bin("turbo"), ["run", "check-types", "--output-logs=errors-only"]],
    ]
    const failed = []
    for (const [label, cmd, args] of checks) {
      await run(label, cmd, args, { cwd: ROOT }).catch(() => failed.push(label))
    }
    const report = { numPassedTests: checks.length - failed.length, numFailedTests: failed.length, numPendingTests: 0 }
    fs.writeFileSync(path.join(RESULTS, "lint-and-types.json"), JSON.stringify(report))
    if (failed.length) throw new Error(`${failed.join(", ")} failed`)
  })

  pg = await startPostgres({ name: "test", port: PORTS.postgres, database: "pasar_test", fresh: true })
  const db = {
    DB_HOST: "localhost", // the literal word: other hosts make Medusa's test runner demand SSL
    DB_PORT: String(pg.server.port),
    DB_USERNAME: pg.server.user,
    DB_PASSWORD: pg.server.password,
  }

  await suite("integration", async () => {
    const errors = []
    await vitest("integration", BACKEND_DIR, ["--project", "integration"], { ...db, ...QUIET_MEDUSA, REDIS_URL: "" }).catch((err) => errors.push(err))
    // The plugin's module tests (its hand-written SQL against this Postgres) run even when the app's failed.
    await vitest("integration-plugin", path.join(ROOT, "plugins/campaigns"), ["--config", "vitest.integration.config.ts"], { ...db, ...QUIET_MEDUSA, REDIS_URL: "" }).catch((err) => errors.push(err))
    if (errors.length) throw errors[0]
  })

  if (process.env.REDIS_URL) {
    await suite("integration with Redis", () =>
      vitest("integration-redis", BACKEND_DIR, ["--project", "integration", "integration-tests/http/store.spec.ts", "integration-tests/http/group-buy/group-buy-race.spec.ts"], {
        ...db,
        ...QUIET_MEDUSA,
        DB_TEMP_NAME: "pasar_redis_smoke",
      })
    )
  }

  await suite("e2e", async () => {
    const database = "pasar_e2e"
    await ensureDatabase({ ...pg.server, database: "postgres" }, database, { recreate: true })
    const databaseUrl = pg.url.replace(/\/[^/]*$/, `/${database}`)
    const publishableKey = await migrateAndSeed({
      databaseUrl,
      keyFile: path.join(DATA, "publishable-key.txt"),
      backendUrl: `http://localhost:${PORTS.backend}`,
      env: { REDIS_URL: "" },
    })
    backend = await startBackend({
      port: PORTS.backend,
      databaseUrl,
      logFile: path.join(DATA, "logs/backend.log"),
      // Admin served (/app): the Great Sale and Borong Bareng e2e tests drive Medusa Admin.
      env: { REDIS_URL: "", STORE_CORS: `http://127.0.0.1:${PORTS.storefront}` },
    })
    storefront = await startStorefront({
      port: PORTS.storefront,
      backendUrl: `http://localhost:${PORTS.backend}`,
      publishableKey,
      logFile: path.join(DATA, "logs/storefront.log"),
      // `medusa develop` on a busy 2-core CI machine can take seconds per call (it
      // compiles routes on first use): generous timeouts here; limits.spec.ts checks
      // the shopper-facing default (503 within 10 s) on a storefront of its own.
      env: { MEDUSA_TIMEOUT_MS: "10000", MEDUSA_WRITE_TIMEOUT_MS: "30000" },
    })
    await run("e2e", bin("playwright"), ["test"], {
      cwd: path.join(ROOT, "e2e"),
      env: {
        STOREFRONT_URL: `http://127.0.0.1:${PORTS.storefront}`,
        BACKEND_URL: `http://localhost:${PORTS.backend}`,
        ADMIN_EMAIL: STORE_ADMIN.email,
        ADMIN_PASSWORD: STORE_ADMIN.password,
        PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(RESULTS, "e2e.json"),
      },
    })
  })
} catch (err) {
  failures.push("setup")
  console.error(`\nnpm test could not set up: ${err.message}`)
} finally {
  await stopAll()
}

// One closing line over every suite's JSON report.
let passed = 0, failed = 0, skipped = 0
for (const file of fs.readdirSync(RESULTS).filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(fs.readFileSync(path.join(RESULTS, file), "utf8"))
  if (r.stats) {
    passed += r.stats.expected + (r.stats.flaky ?? 0)
    failed += r.stats.unexpected
    skipped += r.stats.skipped
  } else {
    passed += r.numPassedTests
    failed += r.numFailedTests
    skipped += r.numPendingTests + (r.numTodoTests ?? 0)
  }
}
if (failures.length) console.log(`\nFailed suites: ${failures.join(", ")}`)
if (failures.length && failed === 0) failed = failures.length // a suite that died before reporting
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
process.exit(failures.length || failed ? 1 : 0)
