import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"
import { joinRefusal } from "../../../domain/group-buy/join-refusal"
import { GROUP_BUY_MODULE } from ".."
import type GroupBuyModuleService from "../service"

/*
 * The hand-written SQL of the group-buy module against a real Postgres: the reservation
 * statement (the one decision on a join: open, started, before the deadline, not being
 * closed, the per-shopper maximum across joins, the cap) and the activation statement
 * (refused once a close has stopped the deal). Each refusal is checked with the code
 * `joinRefusal` words from the statement's own checks — the code a shopper receives.
 * Run by `npm test` in the integration suite (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD).
 * The module is loaded as the backend loads it, from the plugin's build
 * (`npx medusa plugin:build` first; npm test builds before it tests): Medusa's module
 * loader `require`s a path, which cannot be TypeScript here.
 */

const HOUR = 60 * 60 * 1000
const P = 25000

moduleIntegrationTestRunner<GroupBuyModuleService>({
  moduleName: GROUP_BUY_MODULE,
  resolve: path.resolve(__dirname, "../../../../.medusa/server/src/modules/group-buy"),
  dbName: `pasar-campaigns-group-buy-module-${process.env.VITEST_POOL_ID ?? "1"}`,
  testSuite: ({ service }) => {
    async function deal(overrides: Record<string, unknown> = {}) {
      const now = Date.now()
      const [created] = await service.createGroupBuys([
        {
          title: "Salak Pondoh",
          variant_id: "variant_salak",
          product_id: "prod_salak",
          normal_unit_price: P,
          starts_at: new Date(now - HOUR),
          ends_at: new Date(now + 24 * HOUR),
          target_quantity: 4,
          max_per_customer: 3,
          max_total: 6,
          status: "open",
          tiers: [
            { min_quantity: 1, unit_price: P },
            { min_quantity: 3, unit_price: P - 2000 },
          ],
          ...overrides,
        } as any,
      ])
      return created.id
    }
    const reserve = (group_buy_id: string, customer_id: string, quantity: number) =>
      service.reserveParticipation({ group_buy_id, customer_id, email: `${customer_id}@contoh.id`, quantity })
    const held = async (group_buy_id: string) =>
      (await service.listGroupBuyParticipations({ group_buy_id } as any)).reduce((s, p) => s + Number(p.quantity), 0)

    describe("reserveParticipation", () => {
      it("reserves under the cap as a pending participation at the tier of the group's total so far", async () => {
        const id = await deal()
        const first = await reserve(id, "cus_a", 2)
        expect(first.participation).toMatchObject({ unit_price: P })
        expect(joinRefusal(first)).toBeNull()
        const second = await reserve(id, "cus_b", 1) // the group holds 2: still the first tier
        expect(second.participation).toMatchObject({ unit_price: P })
        const third = await reserve(id, "cus_c", 1) // the group holds 3: the second tier
        expect(third.participation).toMatchObject({ unit_price: P - 2000 })
        const [p] = await service.listGroupBuyParticipations({ id: first.participation!.id } as any)
        expect([p.state, p.quantity, p.customer_id, p.email]).toEqual(["pending", 2, "cus_a", "cus_a@contoh.id"])
        expect(await held(id)).toBe(4)
      })

      it("refuses more than the cap and reserves nothing", async () => {
        const id = await deal({ max_total: 4 })
        await reserve(id, "cus_a", 3)
        const over = await reserve(id, "cus_b", 2)
        expect(over.participation).toBeNull()
        expect([over.within_cap, over.within_shopper_max, over.total]).toEqual([false, true, 3])
        const refusal = joinRefusal(over)!
        expect([refusal.code, refusal.message]).toEqual([GROUP_BUY_ERRORS.QUOTA_EXCEEDED, "Kuota tidak cukup: sisa 1 unit"])
        expect(await held(id)).toBe(3)
        expect((await reserve(id, "cus_b", 1)).participation).not.toBeNull() // exactly the cap
      })

      it("holds the per-shopper maximum across a shopper's joins, not other shoppers'", async () => {
        const id = await deal({ max_per_customer: 3 })
        await reserve(id, "cus_a", 2)
        const again = await reserve(id, "cus_a", 2)
        expect(again.participation).toBeNull()
        expect([again.within_shopper_max, again.mine]).toEqual([false, 2])
        expect(joinRefusal(again)!.code).toBe(GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT)
        expect(joinRefusal(again)!.message).toMatch(/sisa untuk Anda 1/)
        expect((await reserve(id, "cus_b", 3)).participation).not.toBeNull()
        expect((await reserve(id, "cus_a", 1)).participation).not.toBeNull()
      })

      it("counts only held units (pending, active): a cancelled join frees its units", async () => {
        const id = await deal({ max_total: 3 })
        const a = await reserve(id, "cus_a", 3)
        await service.updateGroupBuyParticipations({ id: a.participation!.id, state: "cancelled" } as any)
        expect((await reserve(id, "cus_b", 3)).participation).not.toBeNull()
      })

      it.each([
        ["a draft", { status: "draft" }, GROUP_BUY_ERRORS.NOT_OPEN],
        ["a failed deal", { status: "failed" }, GROUP_BUY_ERRORS.NOT_OPEN],
        ["a cancelled deal", { status: "cancelled", closed_at: new Date() }, GROUP_BUY_ERRORS.CLOSED],
        ["a deal that has not started", { starts_at: new Date(Date.now() + HOUR) }, GROUP_BUY_ERRORS.NOT_STARTED],
        ["a deal past its deadline", { starts_at: new Date(Date.now() - 2 * HOUR), ends_at: new Date(Date.now() - HOUR) }, GROUP_BUY_ERRORS.DEADLINE_PASSED],
      ])("refuses %s and reserves nothing", async (_name, overrides, code) => {
        const id = await deal(overrides)
        const seen = await reserve(id, "cus_a", 1)
        expect(seen.participation).toBeNull()
        expect(joinRefusal(seen)!.code).toBe(code)
        expect(await held(id)).toBe(0)
      })

      it("refuses a deal a close has stopped (closed_at set, still open)", async () => {
        const id = await deal()
        expect(await service.stopTakingParticipations(id)).toBe(true)
        expect(await service.stopTakingParticipations(id)).toBe(false) // once
        const seen = await reserve(id, "cus_a", 1)
        expect([seen.participation, seen.closing, seen.open]).toEqual([null, true, true])
        expect(joinRefusal(seen)!.code).toBe(GROUP_BUY_ERRORS.CLOSED)
      })

      it("sees no deal when there is none", async () => {
        const seen = await reserve("gbuy_tidak_ada", "cus_a", 1)
        expect([seen.found, seen.participation]).toEqual([false, null])
        expect(joinRefusal(seen)!.code).toBe(GROUP_BUY_ERRORS.NOT_OPEN)
      })
    })

    describe("activateParticipation", () => {
      const order = { order_id: "order_1", payment_id: "pay_1", amount_authorized: 2 * P }

      it("activates a pending participation of an open deal, once", async () => {
        const id = await deal()
        const { participation } = await reserve(id, "cus_a", 2)
        expect(await service.activateParticipation({ id: participation!.id, group_buy_id: id, ...order })).toBe(true)
        const p = await service.retrieveGroupBuyParticipation(participation!.id)
        expect([p.state, p.order_id, p.payment_id, p.amount_authorized]).toEqual(["active", "order_1", "pay_1", 2 * P])
        expect(await service.activateParticipation({ id: participation!.id, group_buy_id: id, ...order })).toBe(false)
      })

      it("refuses an activation after the close stopped the deal", async () => {
        const id = await deal()
        const { participation } = await reserve(id, "cus_a", 2)
        expect(await service.stopTakingParticipations(id)).toBe(true)
        expect(await service.activateParticipation({ id: participation!.id, group_buy_id: id, ...order })).toBe(false)
        expect((await service.retrieveGroupBuyParticipation(participation!.id)).state).toBe("pending")
      })

      it("refuses an activation once the deal has an outcome", async () => {
        const id = await deal()
        const { participation } = await reserve(id, "cus_a", 1)
        await service.updateGroupBuys({ id, status: "succeeded" } as any)
        expect(await service.activateParticipation({ id: participation!.id, group_buy_id: id, ...order })).toBe(false)
      })
    })

    describe("the module's reads", () => {
      it("retrieveDeal: the deal with its tiers, or a 404 with its code", async () => {
        const id = await deal()
        expect((await service.retrieveDeal(id)).tiers).toHaveLength(2)
        await expect(service.retrieveDeal("gbuy_tidak_ada")).rejects.toMatchObject({ code: GROUP_BUY_ERRORS.NOT_FOUND, type: "not_found" })
        await expect(service.retrieveDealRow("gbuy_tidak_ada")).rejects.toMatchObject({ code: GROUP_BUY_ERRORS.NOT_FOUND, type: "not_found" })
      })

      it("listDealsWithProgress: the group's total, the units holding the cap, the shoppers", async () => {
        const id = await deal()
        const a = await reserve(id, "cus_a", 2)
        await reserve(id, "cus_b", 1)
        await reserve(id, "cus_a", 1)
        await service.updateGroupBuyParticipations({ id: a.participation!.id, state: "captured" } as any)
        const [progress] = await service.listDealsWithProgress({ id }, { created_at: "ASC" })
        expect([progress.deal.id, progress.total, progress.holding, progress.participants]).toEqual([id, 4, 2, 2])
      })
    })
  },
})
