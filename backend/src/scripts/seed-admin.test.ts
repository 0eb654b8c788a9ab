import { describe, expect, it } from "vitest"
import devAdmin from "./dev-admin.json"
import { adminPlan } from "./seed-admin"

describe("adminPlan", () => {
  it("creates the development admin in development with no configuration", () => {
    expect(adminPlan({})).toEqual({ create: true, email: devAdmin.email, password: devAdmin.password, development: true })
  })

  it("refuses the development admin in production, saying what to set", () => {
    const plan = adminPlan({ NODE_ENV: "production" })
    expect(plan.create).toBe(false)
    expect(!plan.create && plan.reason).toMatch(/not creating the development admin .* in production/)
    expect(!plan.create && plan.reason).toMatch(/MEDUSA_ADMIN_EMAIL and MEDUSA_ADMIN_PASSWORD/)
    expect(!plan.create && plan.reason).toMatch(/SEED_DEV_ADMIN=true/)
  })

  it("refuses the committed password in production even with an email set", () => {
    expect(adminPlan({ NODE_ENV: "production", MEDUSA_ADMIN_EMAIL: "ops@x.id", MEDUSA_ADMIN_PASSWORD: devAdmin.password }).create).toBe(false)
    expect(adminPlan({ NODE_ENV: "production", MEDUSA_ADMIN_EMAIL: "ops@x.id" }).create).toBe(false)
  })

  it("creates the configured admin in production", () => {
    expect(adminPlan({ NODE_ENV: "production", MEDUSA_ADMIN_EMAIL: "ops@x.id", MEDUSA_ADMIN_PASSWORD: "a-long-real-password" })).toEqual({
      create: true,
      email: "ops@x.id",
      password: "a-long-real-password",
      development: false,
    })
  })

  it("creates the development admin in production only when told to", () => {
    expect(adminPlan({ NODE_ENV: "production", SEED_DEV_ADMIN: "true" })).toMatchObject({ create: true, email: devAdmin.email })
  })
})
