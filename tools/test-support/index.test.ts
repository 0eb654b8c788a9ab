import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminLogin, clientAddress, eventually, percentile, poll, pool, registerCustomer, waitUntil } from "./index.js"

describe("percentile", () => {
  it("is the nearest rank of the values in any order, rounded on request; null when empty", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 95)).toBe(10)
    expect(percentile(values, 10)).toBe(1)
    expect(percentile(values, 0)).toBe(1)
    expect(percentile([1.26, 2.5], 50, 1)).toBe(1.3)
    expect(percentile([1.26, 2.5], 50, 0)).toBe(1)
    expect(percentile([], 50)).toBeNull()
    expect(values).toEqual([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]) // not sorted in place
  })
})

describe("polling", () => {
  it("poll returns the first value that holds, and the last one when time runs out", async () => {
    let n = 0
    expect(await poll(() => ++n, { timeoutMs: 1000, intervalMs: 1, until: (v) => v === 3 })).toMatchObject({ ok: true, value: 3 })
    const late = await poll(() => "nie", { timeoutMs: 30, intervalMs: 5, until: () => false })
    expect(late).toMatchObject({ ok: false, value: "nie" })
    expect(late.ms).toBeGreaterThanOrEqual(30)
  })

  it("eventually retries a throwing check and rethrows its last error after the deadline", async () => {
    let n = 0
    expect(await eventually(() => { if (++n < 3) throw new Error(`try ${n}`); return n }, { timeoutMs: 1000, intervalMs: 1 })).toBe(3)
    await expect(eventually(() => { throw new Error("masih salah") }, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow("masih salah")
  })

  it("waitUntil resolves with the truthy value or names what did not happen", async () => {
    let n = 0
    expect(await waitUntil(() => ++n >= 2 && "siap", { timeoutMs: 1000, intervalMs: 1 })).toBe("siap")
    await expect(waitUntil(() => false, { timeoutMs: 20, intervalMs: 5, what: "the server" })).rejects.toThrow(/^the server did not hold within 20 ms$/)
  })

  it("pool keeps at most `limit` in flight and the input order", async () => {
    let inFlight = 0
    let most = 0
    const out = await pool([30, 10, 20, 5, 1], 2, async (ms, i) => {
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, ms))
      inFlight--
      return i
    })
    expect(out).toEqual([0, 1, 2, 3, 4])
    expect(most).toBe(2)
  })
})

describe("logins against a backend", () => {
  // A stand-in backend: one admin, customers who register; records each request.
  const seen: { path: string; headers: http.IncomingHttpHeaders; body: any }[] = []
  let server: http.Server
  let backend: string
  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      let raw = ""
      for await (const chunk of req) raw += chunk
      const body = raw ? JSON.parse(raw) : {}
      seen.push({ path: req.url!, headers: req.headers, body })
      const send = (status: number, data: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(data))
      if (req.url === "/auth/user/emailpass") return body.password === "benar" ? send(200, { token: "t-admin" }) : send(401, { type: "unauthorized", message: "Invalid email or password" })
      if (req.url === "/auth/customer/emailpass/register") return send(200, { token: "t-reg" })
      if (req.url === "/store/customers") return send(200, { customer: { id: "cus_1", email: body.email } })
      if (req.url === "/auth/customer/emailpass") return send(200, { token: "t-cust" })
      send(404, { message: "no" })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it("adminLogin returns the token, and a refusal throws with the status and message", async () => {
    expect(await adminLogin(backend, { email: "a@x.id", password: "benar" })).toBe("t-admin")
    await expect(adminLogin(backend, { email: "a@x.id", password: "salah" })).rejects.toThrow("admin login as a@x.id failed: 401 Invalid email or password")
  })

  it("registerCustomer registers, creates the customer with its fields, and logs in from the given address", async () => {
    seen.length = 0
    const sri = await registerCustomer(backend, { publishableKey: "pk_1", email: "sri@x.id", password: "p", customer: { first_name: "Sri" }, clientAddress: clientAddress(300) })
    expect(sri).toEqual({ id: "cus_1", email: "sri@x.id", token: "t-cust", headers: { "x-publishable-api-key": "pk_1", authorization: "Bearer t-cust" } })
    expect(seen.map((r) => r.path)).toEqual(["/auth/customer/emailpass/register", "/store/customers", "/auth/customer/emailpass"])
    expect(seen[1]).toMatchObject({ body: { email: "sri@x.id", first_name: "Sri" }, headers: { authorization: "Bearer t-reg", "x-publishable-api-key": "pk_1" } })
    // Every step from the shopper's own address: registration and login are both limited per address.
    expect(seen.map((r) => r.headers["x-forwarded-for"])).toEqual(["198.18.1.44", "198.18.1.44", "198.18.1.44"])
    expect(await registerCustomer(backend, { publishableKey: "pk_1", email: "budi@x.id", password: "p", login: false })).toEqual({ id: "cus_1", email: "budi@x.id" })
  })

  it("clientAddress gives distinct addresses in 198.18.0.0/15 and refuses others", () => {
    const all = Array.from({ length: 70_000 }, (_, i) => clientAddress(i))
    expect(new Set(all).size).toBe(70_000)
    expect(all.at(-1)).toBe("198.19.17.111")
    expect(() => clientAddress(2 ** 17)).toThrow(RangeError)
  })
})
