import { describe, expect, it } from "vitest"
import { DEV_SECRETS, httpSecrets } from "./secrets"

const REAL = { JWT_SECRET: "a".repeat(16) + "b".repeat(16) + "c", COOKIE_SECRET: "d".repeat(40) }
const START = ["node", "medusa", "start"]

describe("httpSecrets", () => {
  it("needs no configuration in development and tests", () => {
    expect(httpSecrets({}, START)).toEqual({ jwtSecret: DEV_SECRETS.JWT_SECRET, cookieSecret: DEV_SECRETS.COOKIE_SECRET })
    expect(httpSecrets({ NODE_ENV: "test" }, START).jwtSecret).toBe(DEV_SECRETS.JWT_SECRET)
  })

  it("refuses to start in production without secrets, naming both", () => {
    expect(() => httpSecrets({ NODE_ENV: "production" }, START)).toThrow(
      /Refusing to start in production: JWT_SECRET is not set; COOKIE_SECRET is not set/
    )
  })

  it("refuses the committed development values and short ones in production", () => {
    expect(() => httpSecrets({ NODE_ENV: "production", ...REAL, JWT_SECRET: DEV_SECRETS.JWT_SECRET }, START)).toThrow(
      /JWT_SECRET is a committed development value/
    )
    expect(() => httpSecrets({ NODE_ENV: "production", ...REAL, COOKIE_SECRET: "supersecret" }, START)).toThrow(
      /COOKIE_SECRET is a committed development value/
    )
    expect(() => httpSecrets({ NODE_ENV: "production", ...REAL, COOKIE_SECRET: "short-but-random-9f2" }, START)).toThrow(
      /COOKIE_SECRET is shorter than 32 characters/
    )
  })

  it("uses real secrets in production", () => {
    expect(httpSecrets({ NODE_ENV: "production", ...REAL }, START)).toEqual({
      jwtSecret: REAL.JWT_SECRET,
      cookieSecret: REAL.COOKIE_SECRET,
    })
  })

  it("does not check `medusa build`, which signs nothing", () => {
    expect(httpSecrets({ NODE_ENV: "production" }, ["node", "medusa", "build"]).jwtSecret).toBe(DEV_SECRETS.JWT_SECRET)
  })
})
