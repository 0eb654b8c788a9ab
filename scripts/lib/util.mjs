import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

const started = Date.now()
export function log(step, message) {
  const secs = ((Date.now() - started) / 1000).toFixed(1).padStart(6)
  console.log(`[${secs}s] ${step.padEnd(10)} ${message}`)
}
