import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { registerCustomer, sleep } from "@pasar-sleman/test-support"
import { backendUrl } from "./helpers"

// A window short enough to wait out, long enough that each test's attempts all fall
// inside it even on a loaded machine (at 3 s, 30 parallel scrypt checks under a load
// average of 14 outlasted it). The throttle reads these on first use.
const WINDOW_SECONDS = 20
process.env.LOGIN_THROTTLE_WINDOW_SECONDS = String(WINDOW_SECONDS)
process.env.LOGIN_THROTTLE_MAX_PER_ACCOUNT = "5"
process.env.LOGIN_THROTTLE_MAX_PER_IP = "10"

// Requests come from loopback, which the throttle trusts as a proxy: each test
// plays a different client address through X-Forwarded-For.
const from = (ip: string) => ({ headers: { "x-forwarded-for": ip }, validateStatus: () => true })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("answers 429 with an Indonesian message and Retry-After after 5 wrong passwords; the right one works after the window", async () => {
      const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      await registerCustomer(backendUrl(api), {
        publishableKey: key.token,
        email: "sri@example.id",
        password: "benar-sekali-123",
        customer: { first_name: "Sri" },
        login: false, // no login yet: the throttle's counts start from the wrong passwords below
      })
      const wrong = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          api.post("/auth/customer/emailpass", { email: "sri@example.id", password: `salah-${i}` }, from("203.0.113.10"))
        )
      )
      const statuses = wrong.map((r) => r.status)
      expect(statuses.filter((s) => s === 401)).toHaveLength(5)
      expect(statuses.filter((s) => s === 429)).toHaveLength(25)
      const blocked = wrong.find((r) => r.status === 429)!
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(WINDOW_SECONDS)
      expect(blocked.data.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ detik\.$/)

      // The right password is refused too while the account is blocked, from any address...
      const early = await api.post("/auth/customer/emailpass", { email: "sri@example.id", password: "benar-sekali-123" }, from("203.0.113.11"))
      expect(early.status).toBe(429)
      // ...and works once the window has passed.
      await sleep(WINDOW_SECONDS * 1000 + 500)
      const ok = await api.post("/auth/customer/emailpass", { email: "sri@example.id", password: "benar-sekali-123" }, from("203.0.113.11"))
      expect(ok.status).toBe(200)
      expect(typeof ok.data.token).toBe("string")
    })

    it("blocks one address that tries many accounts, not the accounts themselves", async () => {
      const guesses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api.post("/auth/customer/emailpass", { email: `tebak${i}@example.id`, password: "x" }, from("203.0.113.20"))
        )
      )
      expect(guesses.map((r) => r.status)).toEqual(Array(10).fill(401))
      const blocked = await api.post("/auth/customer/emailpass", { email: "lain@example.id", password: "x" }, from("203.0.113.20"))
      expect(blocked.status).toBe(429)
      const elsewhere = await api.post("/auth/customer/emailpass", { email: "lain@example.id", password: "x" }, from("203.0.113.21"))
      expect(elsewhere.status).toBe(401)
    })

    it("throttles admin logins too, and a correct login clears earlier failures", async () => {
      const container = getContainer()
      const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email: "admin@example.id" }] } })
      const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", {
        body: { email: "admin@example.id", password: "rahasia-admin-1" },
      })
      await container.resolve(Modules.AUTH).updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0].id } })

      const login = (password: string, ip: string) =>
        api.post("/auth/user/emailpass", { email: "admin@example.id", password }, from(ip))
      const times = (n: number, password: string, ip: string) => Promise.all(Array.from({ length: n }, () => login(password, ip)))
      expect((await times(4, "salah", "203.0.113.30")).map((r) => r.status)).toEqual([401, 401, 401, 401])
      expect((await login("rahasia-admin-1", "203.0.113.30")).status).toBe(200)
      expect((await times(5, "salah", "203.0.113.31")).map((r) => r.status)).toEqual([401, 401, 401, 401, 401])
      const blocked = await login("salah", "203.0.113.32")
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("Coba lagi dalam")
    })
  },
})
