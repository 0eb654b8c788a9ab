import devAdmin from "./dev-admin.json"

type Env = Record<string, string | undefined>

export type AdminPlan =
  | { create: true; email: string; password: string; development: boolean }
  | { create: false; reason: string }

/**
 * Which admin user the seed may create. Development (anything but
 * NODE_ENV=production) creates the development admin from dev-admin.json unless
 * MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD say otherwise. In production the
 * committed password would be a public back door, so the seed creates an admin
 * only from MEDUSA_ADMIN_EMAIL + MEDUSA_ADMIN_PASSWORD (not the committed
 * password), or the development one when SEED_DEV_ADMIN=true says so explicitly.
 */
export function adminPlan(env: Env = process.env): AdminPlan {
  const email = env.MEDUSA_ADMIN_EMAIL || devAdmin.email
  const password = env.MEDUSA_ADMIN_PASSWORD || devAdmin.password
  const development = password === devAdmin.password
  if (env.NODE_ENV !== "production" || env.SEED_DEV_ADMIN === "true") {
    return { create: true, email, password, development }
  }
  if (env.MEDUSA_ADMIN_EMAIL && env.MEDUSA_ADMIN_PASSWORD && !development) {
    return { create: true, email, password, development }
  }
  return {
    create: false,
    reason:
      `not creating the development admin (${devAdmin.email}, password committed in the repository) in production. ` +
      `Set MEDUSA_ADMIN_EMAIL and MEDUSA_ADMIN_PASSWORD (not the development password) to create the first admin, ` +
      `or create one with \`npx medusa user -e <email> -p <password>\`; SEED_DEV_ADMIN=true forces the development admin.`,
  }
}
