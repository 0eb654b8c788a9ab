// Child processes for the start/test orchestration: run-to-completion commands,
// long-running services (own process group, so the whole tree stops), health waits.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { log } from "./util.mjs"

const BASE_ENV = { MEDUSA_DISABLE_TELEMETRY: "true", ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" }

/** Runs a command to completion; rejects with its tail of output on failure. */
export function run(label, cmd, args, { cwd, env = {}, quiet = false, hide } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...BASE_ENV, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let tail = ""
    const onData = (chunk) => {
      const text = chunk.toString()
      tail = (tail + text).slice(-8000)
      if (quiet) return
      const shown = hide ? text.split("\n").filter((line) => !hide.test(line)).join("\n") : text
      if (shown.trim()) process.stdout.write(shown.replace(/^(?=.)/gm, `  ${label} | `))
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) resolve(tail)
      else reject(new Error(`${label}: "${cmd} ${args.join(" ")}" exited with ${code}\n${tail}`))
    })
  })
}

/**
 * Starts a long-running service in its own process group, logging to logFile.
 * stop() sends SIGTERM to the whole group (medusa develop forks a child), then SIGKILL.
 */
export function startService(label, cmd, args, { cwd, env = {}, logFile }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, "a")
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...BASE_ENV, ...env },
    stdio: ["ignore", out, out],
    detached: true,
  })
  let exited = false
  const exitPromise = new Promise((resolve) => child.on("exit", (code) => { exited = true; resolve(code) }))
  log(label, `started (pid ${child.pid}), log: ${path.relative(process.cwd(), logFile)}`)
  return {
    label,
    logFile,
    get exited() { return exited },
    exitPromise,
    async stop() {
      if (exited) return
      try { process.kill(-child.pid, "SIGTERM") } catch {}
      const timeout = new Promise((r) => setTimeout(() => r("timeout"), 10000))
      if ((await Promise.race([exitPromise, timeout])) === "timeout") {
        try { process.kill(-child.pid, "SIGKILL") } catch {}
      }
      // medusa develop's forked server may outlive its parent briefly
      try { process.kill(-child.pid, "SIGKILL") } catch {}
      log(label, "stopped")
    },
  }
}

/** Polls url until it answers 2xx, the service exits, or the timeout passes. */
export async function waitForHttp(url, { service, timeoutMs = 180000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service?.exited) {
      throw new Error(`${service.label} exited before ${url} answered; last log lines:\n${tailOf(service.logFile)}`)
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) })
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s${service ? `; last log lines:\n${tailOf(service.logFile)}` : ""}`)
}

export function tailOf(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}
