import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { withDealLock } from "@pasar-sleman/campaigns/workflows/group-buy/utils/deal-lock"
import { GROUP_BUY_ERRORS } from "@pasar-sleman/campaigns/contract"
import { GROUP_BUY_MODULE } from "@pasar-sleman/campaigns/modules/group-buy"
import { expectError, seedStore } from "../helpers"
import { adminHeaders, dealBody, registerShoppers, seededVariant, variantIdBySku, type Shopper } from "./fixtures"
import { sleep, waitUntil } from "@pasar-sleman/test-support"

// Joins on one deal are serialised by Medusa's Locking Module (in-process here; the
// Redis provider when REDIS_URL is set — npm test runs this file a second time on Redis).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let shoppers: Shopper[]

    beforeAll(async () => {
      storeHeaders = (await seedStore(getContainer())).storeHeaders
      admin = await adminHeaders(api)
      shoppers = await registerShoppers(api, storeHeaders, 27, "rebutan")
    })

    it("50 parallel joins for the last 10 units: exactly 10 accepted, the rest a clear 400, nobody above their maximum", { timeout: 600_000 }, async () => {
      const variantId = await variantIdBySku(getContainer(), seededVariant.sku)
      const P = seededVariant.price
      const { data } = await api.post(
        "/admin/group-buys",
        dealBody(variantId, P, { max_total: 12, target_quantity: 12, max_per_customer: 1 }),
        admin
      )
      const deal = data.group_buy.id
      await api.post(`/admin/group-buys/${deal}/publish`, {}, admin)
      await api.post(`/store/group-buys/${deal}/join`, { quantity: 1 }, shoppers[25].headers)
      await api.post(`/store/group-buys/${deal}/join`, { quantity: 1 }, shoppers[26].headers)

      // 25 shoppers, two joins of 1 unit each, all at once
      const attempts = shoppers.slice(0, 25).flatMap((s) => [s, s])
      const results = await Promise.all(
        attempts.map((s) =>
          api.post(`/store/group-buys/${deal}/join`, { quantity: 1 }, s.headers).then(
            (r: any) => ({ ok: true as const, who: s.id, p: r.data.participation }),
            (e: any) => ({ ok: false as const, who: s.id, status: e.response?.status, message: e.response?.data?.message, code: e.response?.data?.code })
          )
        )
      )
      const accepted = results.filter((r) => r.ok)
      const rejected = results.filter((r) => !r.ok) as { status: number; message: string; code: string }[]
      const unexpected = results.filter((r: any) => !r.ok && !/Kuota tidak cukup|batas per pembeli/.test(r.message ?? ""))
      expect(unexpected).toEqual([])
      expect(accepted).toHaveLength(10)
      expect(rejected).toHaveLength(40)
      for (const r of rejected) {
        expect(r.status).toBe(400)
        expect(r.message).toMatch(/Kuota tidak cukup|batas per pembeli/)
        // the code survives the join workflow, also on the Redis run
        expect(r.code).toBe(/Kuota/.test(r.message) ? GROUP_BUY_ERRORS.QUOTA_EXCEEDED : GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT)
      }
      // a shopper's second join is refused however the two race
      expect(new Set(accepted.map((r) => r.who)).size).toBe(10)
      const view = (await api.get(`/store/group-buys/${deal}`, storeHeaders)).data.group_buy
      expect(view.total_quantity).toBe(12)
      expect(view.remaining).toBe(0)
      const parts = await (getContainer().resolve("groupBuy") as any).listGroupBuyParticipations({ group_buy_id: deal })
      expect(parts.every((p: any) => p.state === "active" && p.order_id)).toBe(true)
      expect(parts.reduce((s: number, p: any) => s + p.quantity, 0)).toBe(12)

      const late = await expectError(api.post(`/store/group-buys/${deal}/join`, { quantity: 1 }, shoppers[0].headers))
      expect(late.status).toBe(400)
    })

    // How a join waits for a deal's lock (rounds of 1 s here instead of 60 s).
    // The holder says when it has the lock: the waiter starts only then (a fixed pause
    // raced the lock's acquisition on a loaded machine, or on Redis).
    const holding = (held: { now: boolean }) =>
      waitUntil(() => held.now, { timeoutMs: 10_000, intervalMs: 20, what: "the holder taking the deal's lock" })

    it("a waiter gives up with 'sedang ramai' when the lock holder makes no progress, and runs once the lock is free", { timeout: 120_000 }, async () => {
      const container = getContainer()
      const variantId = await variantIdBySku(container, seededVariant.sku)
      const { data } = await api.post("/admin/group-buys", dealBody(variantId, seededVariant.price), admin)
      const deal = data.group_buy.id
      let ran = false
      // A stuck holder: keeps the deal's lock 8 s and changes nothing.
      const held = { now: false }
      const holder = container.resolve(Modules.LOCKING).execute(
        `group-buy:${deal}`,
        async () => {
          held.now = true
          await sleep(8000)
        },
        { timeout: 10 }
      )
      await holding(held)
      if (process.env.REDIS_URL) {
        // On the Redis run the lock really is in Redis (locking-redis keys are "medusa_lock:<key>").
        const Redis = (await import("ioredis")).default
        const redis = new Redis(process.env.REDIS_URL)
        const keys = await redis.keys(`medusa_lock:group-buy:${deal}`)
        await redis.quit()
        expect(keys).toHaveLength(1)
      }
      const started = Date.now()
      await expect(withDealLock(container, deal, async () => { ran = true }, 1)).rejects.toThrow(/sedang ramai/)
      expect(ran).toBe(false)
      expect(Date.now() - started).toBeLessThan(7500) // it gave up before the holder let go
      await holder
      await withDealLock(container, deal, async () => { ran = true }, 1)
      expect(ran).toBe(true)
    })

    it("a waiter keeps waiting past its rounds while the deal's participations keep changing", { timeout: 120_000 }, async () => {
      const container = getContainer()
      const service: any = container.resolve(GROUP_BUY_MODULE)
      const variantId = await variantIdBySku(container, seededVariant.sku)
      const { data } = await api.post("/admin/group-buys", dealBody(variantId, seededVariant.price), admin)
      const deal = data.group_buy.id
      // A busy holder: 4 s with the lock, a participation changing every 400 ms (others' joins).
      const held = { now: false }
      const holder = container.resolve(Modules.LOCKING).execute(
        `group-buy:${deal}`,
        async () => {
          held.now = true
          for (let i = 0; i < 10; i++) {
            await sleep(400)
            await service.createGroupBuyParticipations({
              group_buy_id: deal,
              customer_id: `cus_uji_${i}`,
              quantity: 1,
              unit_price: seededVariant.price,
              state: "cancelled",
            })
          }
        },
        { timeout: 10 }
      )
      await holding(held)
      let ran = false
      await withDealLock(container, deal, async () => { ran = true }, 1)
      expect(ran).toBe(true)
      await holder
    })
  },
})
