import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { LoginThrottle, throttleConfig, tooManyAttemptsMessage, waitText } from "./login-throttle"

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("throttleConfig", () => {
  it("defaults to 5 failures per account and 20 per IP in 15 minutes, trusting only loopback proxies", () => {
    expect(throttleConfig({})).toEqual({ windowSeconds: 900, maxPerAccount: 5, maxPerIp: 20, trustedProxies: ["loopback"], redisUrl: undefined })
  })

  it("reads the environment and rejects nonsense", () => {
    const c = throttleConfig({ LOGIN_THROTTLE_WINDOW_SECONDS: "3", LOGIN_THROTTLE_MAX_PER_ACCOUNT: "2", LOGIN_THROTTLE_TRUSTED_PROXIES: "10.0.0.0/8, loopback" })
    expect(c).toMatchObject({ windowSeconds: 3, maxPerAccount: 2, trustedProxies: ["10.0.0.0/8", "loopback"] })
    expect(() => throttleConfig({ LOGIN_THROTTLE_MAX_PER_IP: "1.5" })).toThrow(/LOGIN_THROTTLE_MAX_PER_IP must be a whole number/)
  })
})

describe("messages", () => {
  it("says how long to wait in Indonesian", () => {
    expect(waitText(1)).toBe("1 detik")
    expect(waitText(59)).toBe("59 detik")
    expect(waitText(61)).toBe("2 menit")
    expect(tooManyAttemptsMessage(900)).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.")
  })
})

describe("LoginThrottle", () => {
  it("believes X-Forwarded-For only from a trusted proxy", () => {
    const t = new LoginThrottle(throttleConfig({}))
    expect(t.clientIp(request("127.0.0.1", "203.0.113.9"))).toBe("203.0.113.9")
    expect(t.clientIp(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7")
    expect(t.clientIp(request("198.51.100.7"))).toBe("198.51.100.7")
  })

  it("blocks an account after its limit, with the time left, and a success clears it", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_MAX_PER_ACCOUNT: "3", LOGIN_THROTTLE_WINDOW_SECONDS: "60" }))
    const a = { ip: "203.0.113.1", account: "customer:sri@example.id" }
    for (let i = 0; i < 3; i++) expect(await t.begin(a)).toEqual({ allowed: true })
    const blocked = await t.begin(a)
    expect(blocked.allowed).toBe(false)
    expect(!blocked.allowed && blocked.retryAfterSeconds).toBeGreaterThan(55)
    // another account from another IP is unaffected
    expect(await t.begin({ ip: "203.0.113.2", account: "customer:budi@example.id" })).toEqual({ allowed: true })

    const b = { ip: "203.0.113.3", account: "user:admin@example.id" }
    for (let i = 0; i < 2; i++) await t.begin(b)
    await t.succeeded(b)
    for (let i = 0; i < 3; i++) expect(await t.begin(b)).toEqual({ allowed: true })
  })

  it("blocks an IP that tries many accounts", async () => {
    const t = new LoginThrottle(throttleConfig({ LOGIN_THROTTLE_MAX_PER_IP: "4" }))
    for (let i = 0; i < 4; i++) expect((await t.begin({ ip: "203.0.113.4", account: `customer:u${i}@x.id` })).allowed).toBe(true)
    expect((await t.begin({ ip: "203.0.113.4", account: "customer:new@x.id" })).allowed).toBe(false)
  })
})
