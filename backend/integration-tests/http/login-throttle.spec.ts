import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { registerCustomer as registerShopper, sleep } from "@pasar-sleman/test-support"
import { backendUrl } from "./helpers"

// The throttle's defaults (src/lib/login-throttle.ts), read on first use: 5 failures
// per account and address in 15 minutes, 500 per address, back-off after 5
// failures per account; only registrations are lowered (60 → 10 per address and
// route an hour) to keep the flood short.
for (const name of Object.keys(process.env)) if (/^(LOGIN|REGISTER)_THROTTLE_/.test(name)) delete process.env[name]
process.env.REGISTER_THROTTLE_MAX_PER_IP = "10"

// Requests come from loopback, which the throttle trusts as a proxy: each test
// plays different client addresses through X-Forwarded-For.
const from = (ip: string, headers: Record<string, string> = {}) => ({
  headers: { "x-forwarded-for": ip, ...headers },
  validateStatus: () => true,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function publishableKey() {
      const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      return key.token
    }
    // Each customer registers from its own address (registration is throttled per address).
    const registerCustomer = async (email: string, password: string, ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) =>
      registerShopper(backendUrl(api), { publishableKey: await publishableKey(), email, password, customer: { first_name: "Sri" }, clientAddress: ip, login: false })
    const login = (email: string, password: string, ip: string) =>
      api.post("/auth/customer/emailpass", { email, password }, from(ip))

    it("shoppers behind one shared address: 15 failures, then 8 parallel correct logins and 200 more all get in", async () => {
      const shoppers = Array.from({ length: 8 }, (_, i) => ({ email: `nat${i}@example.id`, password: `benar-sekali-${i}` }))
      for (const s of shoppers) await registerCustomer(s.email, s.password)
      const nat = "100.64.0.1"
      for (let i = 0; i < 15; i++) expect((await login(`salah${i}@example.id`, "keliru", nat)).status).toBe(401)

      const parallel = await Promise.all(shoppers.map((s) => login(s.email, s.password, nat)))
      expect(parallel.map((r) => r.status)).toEqual(Array(8).fill(200))

      const statuses: number[] = []
      for (let round = 0; round < 25; round++) {
        const batch = await Promise.all(shoppers.map((s) => login(s.email, s.password, nat)))
        statuses.push(...batch.map((r) => r.status))
      }
      expect(statuses).toHaveLength(200)
      expect(statuses.filter((s) => s !== 200)).toEqual([])
    }, 600_000)

    it("failures for an account from one address do not block its owner at another; that address waits, in Indonesian, with Retry-After", async () => {
      await registerCustomer("sri@example.id", "benar-sekali-123")
      const attacker = "203.0.113.10"
      const wrong = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login("sri@example.id", `salah-${i}`, attacker))
      )
      const statuses = wrong.map((r) => r.status)
      // Parallel guesses are bounded: 10 checked at once per account, and once 5 have failed
      // from this address no more start, so at most 10 + 4 are checked; the rest are refused unchecked.
      expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(1)
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(14)
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([])
      const blocked = wrong.find((r) => r.status === 429)!
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(blocked.data.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ (detik|menit)\.$/)

      // The attacker's address now waits for this account, even with the right password...
      await sleep(100)
      const there = await login("sri@example.id", "benar-sekali-123", attacker)
      expect(there.status).toBe(429)
      expect(Number(there.headers["retry-after"])).toBeGreaterThan(60)
    })

    it("the account-and-address limit: 5 sequential failures from X block X only; the owner at Y gets in at once", async () => {
      await registerCustomer("budi@example.id", "benar-sekali-456")
      for (let i = 0; i < 5; i++) expect((await login("budi@example.id", `salah-${i}`, "203.0.113.20")).status).toBe(401)
      const x = await login("budi@example.id", "salah-lagi", "203.0.113.20")
      expect(x.status).toBe(429)
      expect(Number(x.headers["retry-after"])).toBeGreaterThan(800)
      expect(x.data.message).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.")
      const y = await login("budi@example.id", "benar-sekali-456", "203.0.113.21")
      expect(y.status).toBe(200)
      expect(typeof y.data.token).toBe("string")
    })

    it("guesses spread over many addresses are slowed down (back-off), but not from an address the owner signed in from", async () => {
      await registerCustomer("wati@example.id", "benar-sekali-789")
      const home = "203.0.113.40"
      expect((await login("wati@example.id", "benar-sekali-789", home)).status).toBe(200)
      // Five free failures from five addresses, then the sixth starts a 1 s back-off, the seventh 2 s.
      for (let i = 0; i < 6; i++) expect((await login("wati@example.id", "salah", `203.0.113.${50 + i}`)).status).toBe(401)
      const slowed = await login("wati@example.id", "salah", "203.0.113.60")
      expect(slowed.status).toBe(429)
      expect(Number(slowed.headers["retry-after"])).toBeLessThanOrEqual(1)
      expect((await login("wati@example.id", "benar-sekali-789", home)).status).toBe(200)
      await sleep(1200)
      expect((await login("wati@example.id", "salah", "203.0.113.61")).status).toBe(401)
      const longer = await login("wati@example.id", "salah", "203.0.113.62")
      expect(longer.status).toBe(429)
      expect(Number(longer.headers["retry-after"])).toBe(2)
      // The owner from a fresh address waits at most that short back-off.
      await sleep(2200)
      expect((await login("wati@example.id", "benar-sekali-789", "203.0.113.63")).status).toBe(200)
    })

    it("throttles admin logins too, and a correct login counts nothing", async () => {
      const container = getContainer()
      const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email: "admin@example.id" }] } })
      const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", {
        body: { email: "admin@example.id", password: "rahasia-admin-1" },
      })
      await container.resolve(Modules.AUTH).updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0].id } })

      const adminLogin = (password: string, ip: string) =>
        api.post("/auth/user/emailpass", { email: "admin@example.id", password }, from(ip))
      const times = (n: number, password: string, ip: string) => Promise.all(Array.from({ length: n }, () => adminLogin(password, ip)))
      expect((await times(4, "salah", "203.0.113.30")).map((r) => r.status)).toEqual([401, 401, 401, 401])
      expect((await times(8, "rahasia-admin-1", "203.0.113.30")).map((r) => r.status)).toEqual(Array(8).fill(200))
      expect((await times(5, "salah", "203.0.113.31")).map((r) => r.status)).toEqual([401, 401, 401, 401, 401])
      const blocked = await adminLogin("salah", "203.0.113.32")
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("Coba lagi dalam")
      expect((await adminLogin("rahasia-admin-1", "203.0.113.30")).status).toBe(200)
    })

    it("registration floods from one address get 429 with an Indonesian message; other addresses still register", async () => {
      const flood = "203.0.113.70"
      const register = (email: string, ip: string) =>
        api.post("/auth/customer/emailpass/register", { email, password: "rahasia-123" }, from(ip))
      const identities = await Promise.all(Array.from({ length: 12 }, (_, i) => register(`banjir${i}@example.id`, flood)))
      const statuses = identities.map((r) => r.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(10)
      expect(statuses.filter((s) => s === 429)).toHaveLength(2)
      const refused = identities.find((r) => r.status === 429)!
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(60)
      expect(refused.data.message).toMatch(/^Terlalu banyak pendaftaran akun dari alamat internet ini\. Coba lagi dalam \d+ menit\.$/)

      // Creating the customers (each with its identity's token) is limited per address too.
      const accounts = identities.flatMap((r, i) => (r.status === 200 ? [{ email: `banjir${i}@example.id`, token: r.data.token as string }] : []))
      accounts.push({ email: "banjir-lain@example.id", token: (await register("banjir-lain@example.id", "203.0.113.72")).data.token })
      const pk = await publishableKey()
      const customers = await Promise.all(
        accounts.map(({ email, token }) =>
          api.post("/store/customers", { email }, from(flood, {
            authorization: `Bearer ${token}`,
            "x-publishable-api-key": pk,
          }))
        )
      )
      expect(customers.map((r) => r.status).sort()).toEqual([...Array(10).fill(200), 429])
      expect(customers.find((r) => r.status === 429)!.data.message).toContain("Terlalu banyak pendaftaran akun")

      await registerCustomer("lain@example.id", "benar-sekali-000", "203.0.113.71")
    })
  },
})
