import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { backoffSeconds, LoginThrottle, throttleConfig, tooManyAttemptsMessage, tooManyRegistrationsMessage, waitText } from "./login-throttle"

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("throttleConfig", () => {
  it("defaults: 5 failures per account and address and 500 per address in 15 minutes, back-off after 5 a day up to 60 s, 100 a day, 60 registrations an hour", () => {
    expect(throttleConfig({})).toEqual({
      windowSeconds: 900,
      maxPerAccountAddress: 5,
      maxPerIp: 500,
      freePerAccount: 5,
      maxBackoffSeconds: 60,
      maxPerAccountPerDay: 100,
      maxInFlightPerAccount: 10,
      maxRegistrationsPerIp: 60,
      registerWindowSeconds: 3600,
      trustedProxies: ["loopback"],
      redisUrl: undefined,
    })
  })

  it("reads the environment and rejects nonsense", () => {
    const c = throttleConfig({ LOGIN_THROTTLE_WINDOW_SECONDS: "3", LOGIN_THROTTLE_MAX_PER_ACCOUNT_ADDRESS: "2", LOGIN_THROTTLE_TRUSTED_PROXIES: "10.0.0.0/8, loopback" })
    expect(c).toMatchObject({ windowSeconds: 3, maxPerAccountAddress: 2, trustedProxies: ["10.0.0.0/8", "loopback"] })
    expect(() => throttleConfig({ LOGIN_THROTTLE_MAX_PER_IP: "1.5" })).toThrow(/LOGIN_THROTTLE_MAX_PER_IP must be a whole number/)
  })
})

describe("messages", () => {
  it("says how long to wait in Indonesian", () => {
    expect(waitText(1)).toBe("1 detik")
    expect(waitText(59)).toBe("59 detik")
    expect(waitText(61)).toBe("2 menit")
    expect(tooManyAttemptsMessage(900)).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.")
    expect(tooManyRegistrationsMessage(3600)).toBe("Terlalu banyak pendaftaran akun dari alamat internet ini. Coba lagi dalam 60 menit.")
  })
})

describe("backoffSeconds", () => {
  it("is free for the first failures, then doubles up to the cap", () => {
    expect([1, 5, 6, 7, 8, 11, 12, 50, 5000].map((n) => backoffSeconds(n, 5, 60))).toEqual([0, 0, 1, 2, 4, 32, 60, 60, 60])
  })
})

const A = "customer:sri@example.id"

describe("LoginThrottle", () => {
  it("believes X-Forwarded-For only from a trusted proxy", () => {
    const t = new LoginThrottle(throttleConfig({}))
    expect(t.clientIp(request("127.0.0.1", "203.0.113.9"))).toBe("203.0.113.9")
    expect(t.clientIp(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7")
    expect(t.clientIp(request("198.51.100.7"))).toBe("198.51.100.7")
  })

  async function fail(t: LoginThrottle, ip: string, account = A) {
    const v = await t.begin({ ip, account })
    if (v.allowed) await t.finish({ ip, account }, "failure")
    return v
  }

  it("limits an account per address: X waits, the owner at Y does not", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_MAX_PER_ACCOUNT_ADDRESS: "3" }))
    for (let i = 0; i < 3; i++) expect((await fail(t, "203.0.113.1")).allowed).toBe(true)
    const x = await t.begin({ ip: "203.0.113.1", account: A })
    expect(x.allowed).toBe(false)
    expect(!x.allowed && x.retryAfterSeconds).toBeGreaterThan(850)
    expect(await t.begin({ ip: "203.0.113.2", account: A })).toEqual({ allowed: true })
  })

  it("never counts correct logins, even many at once, so shared addresses never tip over", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_MAX_PER_IP: "20" }))
    const nat = "100.64.0.1"
    for (let i = 0; i < 19; i++) await fail(t, nat, `customer:u${i}@x.id`)
    const shoppers = Array.from({ length: 50 }, (_, i) => ({ ip: nat, account: `customer:s${i}@x.id` }))
    const verdicts = await Promise.all(shoppers.map((a) => t.begin(a)))
    expect(verdicts.every((v) => v.allowed)).toBe(true)
    await Promise.all(shoppers.map((a) => t.finish(a, "success")))
    expect((await t.begin({ ip: nat, account: "customer:next@x.id" })).allowed).toBe(true)
    // ...while failures do: the 20th closes the address.
    await fail(t, nat, "customer:u19@x.id")
    expect((await t.begin({ ip: nat, account: "customer:other@x.id" })).allowed).toBe(false)
  })

  it("slows an account's guessing across addresses, except from an address it signed in from", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_FREE_PER_ACCOUNT: "2" }))
    await t.begin({ ip: "198.51.100.1", account: A })
    await t.finish({ ip: "198.51.100.1", account: A }, "success")
    for (let i = 0; i < 2; i++) expect((await fail(t, `203.0.113.${10 + i}`)).allowed).toBe(true)
    expect((await fail(t, "203.0.113.12")).allowed).toBe(true) // the third starts a 1 s back-off
    const slowed = await t.begin({ ip: "203.0.113.13", account: A })
    expect(slowed).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(await t.begin({ ip: "198.51.100.1", account: A })).toEqual({ allowed: true })
  })

  it("caps an account's failures per day for addresses it never signed in from", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_FREE_PER_ACCOUNT: "50", LOGIN_THROTTLE_MAX_PER_ACCOUNT_PER_DAY: "4" }))
    await t.begin({ ip: "198.51.100.1", account: A })
    await t.finish({ ip: "198.51.100.1", account: A }, "success")
    for (let i = 0; i < 4; i++) expect((await fail(t, `203.0.113.${20 + i}`)).allowed).toBe(true)
    const capped = await t.begin({ ip: "203.0.113.30", account: A })
    expect(capped.allowed).toBe(false)
    expect(!capped.allowed && capped.retryAfterSeconds).toBeGreaterThan(23 * 3600)
    expect((await t.begin({ ip: "198.51.100.1", account: A })).allowed).toBe(true)
  })

  it("checks at most N attempts per account at once; finishing frees the place", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_MAX_IN_FLIGHT_PER_ACCOUNT: "2" }))
    const a = { ip: "203.0.113.40", account: A }
    expect((await t.begin(a)).allowed).toBe(true)
    expect((await t.begin(a)).allowed).toBe(true)
    expect(await t.begin(a)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    await t.finish(a, "other")
    expect((await t.begin(a)).allowed).toBe(true)
  })

  it("limits registrations per address and route", async () => {
    const t = new LoginThrottle(throttleConfig({ REGISTER_THROTTLE_MAX_PER_IP: "2" }))
    expect((await t.registration("203.0.113.50", "auth:customer")).allowed).toBe(true)
    expect((await t.registration("203.0.113.50", "auth:customer")).allowed).toBe(true)
    const refused = await t.registration("203.0.113.50", "auth:customer")
    expect(refused.allowed).toBe(false)
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(3500)
    expect((await t.registration("203.0.113.50", "store-customers")).allowed).toBe(true)
    expect((await t.registration("203.0.113.51", "auth:customer")).allowed).toBe(true)
  })
})
