// Development admin login: the same defaults the seed uses (backend/src/scripts/dev-admin.json).
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./util.mjs"

const defaults = JSON.parse(fs.readFileSync(path.join(ROOT, "backend/src/scripts/dev-admin.json"), "utf8"))
export const STORE_ADMIN = {
  email: process.env.MEDUSA_ADMIN_EMAIL || defaults.email,
  password: process.env.MEDUSA_ADMIN_PASSWORD || defaults.password,
}
