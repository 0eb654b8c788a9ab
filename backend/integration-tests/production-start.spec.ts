import { spawnSync } from "node:child_process"
import path from "node:path"
import { DEV_SECRETS } from "../src/lib/secrets"

// `medusa start` with NODE_ENV=production, as a production host runs it. The
// config check runs before Medusa connects to anything, so no database is needed.
const BACKEND = path.join(__dirname, "..")
const MEDUSA = path.join(BACKEND, "../node_modules/.bin/medusa")

function start(env: Record<string, string>) {
  const { JWT_SECRET, COOKIE_SECRET, ...rest } = process.env
  const r = spawnSync(MEDUSA, ["start"], {
    cwd: BACKEND,
    env: { ...rest, NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", PORT: "9129", ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

describe("production start", () => {
  it("refuses to start without JWT_SECRET and COOKIE_SECRET, saying why", () => {
    const { status, output } = start({})
    expect(status).toBe(1)
    expect(output).toContain("Refusing to start in production: JWT_SECRET is not set; COOKIE_SECRET is not set")
  })

  it("refuses the committed development secrets", () => {
    const { status, output } = start({ ...DEV_SECRETS })
    expect(status).toBe(1)
    expect(output).toContain("JWT_SECRET is a committed development value; COOKIE_SECRET is a committed development value")
  })
})
