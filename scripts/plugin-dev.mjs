#!/usr/bin/env node
// `npm run dev:plugin`: the plugin's dev loop next to a running `npm start`.
// Rebuilds plugins/campaigns on every source change, then touches the backend's
// medusa-config.ts: `medusa develop` ignores node_modules (where the plugin is
// linked), so without that nudge it would keep serving the old plugin build.
import fs from "node:fs"
import path from "node:path"
import chokidar from "chokidar"
import { ROOT, log } from "./lib/util.mjs"
import { run } from "./lib/proc.mjs"

const pluginDir = path.join(ROOT, "plugins/campaigns")
const backendConfig = path.join(ROOT, "backend/medusa-config.ts")
let building = false
let again = false

async function rebuild(reason) {
  if (building) { again = true; return }
  building = true
  try {
    log("plugin", `${reason}: rebuilding`)
    await run("plugin", path.join(ROOT, "node_modules/.bin/medusa"), ["plugin:build"], { cwd: pluginDir, quiet: true })
    const now = new Date()
    fs.utimesSync(backendConfig, now, now)
    log("plugin", "built; backend restarting with it")
  } catch (err) {
    log("plugin", `build failed:\n${err.message}`)
  } finally {
    building = false
    if (again) { again = false; rebuild("more changes") }
  }
}

let timer
chokidar
  // plugin:build writes and deletes src/admin/__admin-extensions__.js itself: not a change.
  .watch(path.join(pluginDir, "src"), { ignoreInitial: true, ignored: /(\.test\.ts|__admin-extensions__\.js)$/ })
  .on("all", (event, file) => {
    clearTimeout(timer)
    timer = setTimeout(() => rebuild(`${event} ${path.relative(pluginDir, file)}`), 300)
  })
log("plugin", `watching ${path.relative(ROOT, pluginDir)}/src (Ctrl-C to stop)`)
