import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { closeGroupBuyWorkflow } from "@pasar-sleman/campaigns/workflows"
import closeDueGroupBuys from "@pasar-sleman/campaigns/jobs/close-due-group-buys"
import { GROUP_BUY_ERRORS, VALIDATION_ERRORS } from "@pasar-sleman/campaigns/contract"
import { expectError, seedStore } from "../helpers"
import {
  adminHeaders,
  DAY,
  dealBody,
  KURIR_LOKAL,
  orderFacts,
  registerShoppers,
  seededVariant,
  variantIdBySku,
  type Shopper,
} from "./fixtures"

const P = seededVariant.price // normal price = first tier (Rp 25.000)
const P2 = P - 2000
const P3 = P - 4000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let shoppers: Shopper[]
    let variantId: string

    beforeAll(async () => {
      storeHeaders = (await seedStore(getContainer())).storeHeaders
      admin = await adminHeaders(api)
      shoppers = await registerShoppers(api, storeHeaders, 4)
      variantId = await variantIdBySku(getContainer(), seededVariant.sku)
    })

    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
    })

    const groupBuys = () => getContainer().resolve("groupBuy") as any

    async function openDeal(overrides: Record<string, unknown> = {}) {
      const { data } = await api.post("/admin/group-buys", dealBody(variantId, P, overrides), admin)
      expect(data.group_buy.status).toBe("draft")
      const published = await api.post(`/admin/group-buys/${data.group_buy.id}/publish`, {}, admin)
      expect(published.data.group_buy.status).toBe("open")
      return data.group_buy.id as string
    }
    const join = (deal: string, who: Shopper, body: Record<string, unknown>) =>
      api.post(`/store/group-buys/${deal}/join`, body, who.headers)
    const state = async (deal: string) => {
      const parts = await groupBuys().listGroupBuyParticipations({ group_buy_id: deal })
      const { data } = await api.get(`/store/group-buys/${deal}`, storeHeaders)
      return { participations: parts.length, total: data.group_buy.total_quantity, remaining: data.group_buy.remaining }
    }

    describe("admin: deals", () => {
      it("creates a draft, publishes it open at once when starts_at has passed, and shows it in the store", async () => {
        const deal = await openDeal()
        const { data } = await api.get(`/store/group-buys/${deal}`, storeHeaders)
        expect(data.group_buy).toMatchObject({
          id: deal,
          title: "Borong Bareng Salak Pondoh",
          variant_id: variantId,
          product: { handle: seededVariant.handle },
          tiers: [
            { min_quantity: 1, unit_price: P },
            { min_quantity: 3, unit_price: P2 },
            { min_quantity: 5, unit_price: P3 },
          ],
          total_quantity: 0,
          current_unit_price: P,
          next_tier: { min_quantity: 3, unit_price: P2, quantity_needed: 3 },
          target_quantity: 4,
          max_per_customer: 3,
          remaining: 20,
          status: "open",
          final_unit_price: null,
        })
        const list = await api.get(`/store/group-buys`, storeHeaders)
        expect(list.data.group_buys.map((d: any) => d.id)).toEqual([deal])
      })

      it("edits a draft only", async () => {
        const { data } = await api.post("/admin/group-buys", dealBody(variantId, P), admin)
        const edited = await api.post(`/admin/group-buys/${data.group_buy.id}`, { title: "Salak Pondoh Turi", target_quantity: 6 }, admin)
        expect(edited.data.group_buy).toMatchObject({ title: "Salak Pondoh Turi", target_quantity: 6, status: "draft" })
        await api.post(`/admin/group-buys/${data.group_buy.id}/publish`, {}, admin)
        const err = await expectError(api.post(`/admin/group-buys/${data.group_buy.id}`, { title: "x" }, admin))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/draft/)
        expect(err.data.code).toBe(GROUP_BUY_ERRORS.NOT_EDITABLE)
      })

      const now = Date.now()
      it.each([
        ["tiers not starting at 1", { tiers: [{ min_quantity: 2, unit_price: P }] }, /mulai dari 1/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["tiers not strictly decreasing", { tiers: [{ min_quantity: 1, unit_price: P2 }, { min_quantity: 5, unit_price: P2 }] }, /lebih murah/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["a tier price above the normal price", { tiers: [{ min_quantity: 1, unit_price: P + 1 }] }, /harga normal/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["a deadline in the past", { starts_at: new Date(now - 2 * DAY).toISOString(), ends_at: new Date(now - DAY).toISOString() }, /sudah lewat/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["a target above the cap", { target_quantity: 21 }, /Target/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["a cap above the stock", { max_total: seededVariant.stock + 1 }, /stok/, GROUP_BUY_ERRORS.INVALID_DEAL],
        ["a price that is text", { tiers: [{ min_quantity: 1, unit_price: String(P) }] }, /unit_price/, VALIDATION_ERRORS.INVALID_BODY],
        ["a missing deadline", { ends_at: undefined }, /ends_at/, VALIDATION_ERRORS.INVALID_BODY],
      ])("rejects %s with a 400 and creates nothing", async (_name, change, message, code) => {
        const err = await expectError(api.post("/admin/group-buys", dealBody(variantId, P, change), admin))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(message)
        expect(err.data.code).toBe(code)
        expect(await groupBuys().listGroupBuys({})).toHaveLength(0)
      })

      it("is for admins only", async () => {
        const err = await expectError(api.get("/admin/group-buys"))
        expect(err.status).toBe(401)
      })
    })

    describe("joining", () => {
      it("places an order at the current tier price, authorised not captured, stock reserved, waiting for the group", async () => {
        const deal = await openDeal()
        const { data } = await join(deal, shoppers[0], { quantity: 2 })
        expect(data.participation).toMatchObject({ quantity: 2, unit_price: P, amount_authorized: 2 * P, status: "active" })
        const order = await orderFacts(getContainer(), data.participation.order_id)
        expect(order).toMatchObject({
          status: "pending",
          total: 2 * P,
          unit_price: P,
          authorized: 2 * P,
          captured: 0,
          payment_canceled: false,
          reserved: 2,
          group_buy_status: "waiting",
        })
        // the next shopper is quoted the price of the group's total so far
        const second = await join(deal, shoppers[1], { quantity: 1 })
        expect(second.data.participation.unit_price).toBe(P)
        const third = await join(deal, shoppers[2], { quantity: 1 })
        expect(third.data.participation.unit_price).toBe(P2)
        const view = await api.get(`/store/group-buys/${deal}`, storeHeaders)
        expect(view.data.group_buy).toMatchObject({
          total_quantity: 4,
          current_unit_price: P2,
          next_tier: { min_quantity: 5, unit_price: P3, quantity_needed: 1 },
          remaining: 16,
        })
      })

      it("charges the courier when chosen with an address", async () => {
        const deal = await openDeal()
        const [kurir] = await getContainer().resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Kurir lokal Sleman" })
        const { data } = await join(deal, shoppers[0], {
          quantity: 1,
          shipping_option_id: kurir.id,
          shipping_address: { first_name: "Sri", address_1: "Jl. Kaliurang Km 10", city: "Sleman", postal_code: "55581" },
        })
        expect(data.participation.amount_authorized).toBe(P + KURIR_LOKAL)
        const noAddress = await expectError(join(deal, shoppers[1], { quantity: 1, shipping_option_id: kurir.id }))
        expect(noAddress.status).toBe(400)
        expect(noAddress.data.message).toMatch(/alamat/)
        expect(noAddress.data.code).toBe(GROUP_BUY_ERRORS.SHIPPING_ADDRESS_REQUIRED) // thrown inside the join workflow
      })

      it("holds the per-shopper maximum across joins", async () => {
        const deal = await openDeal()
        await join(deal, shoppers[0], { quantity: 2 })
        const before = await state(deal)
        const err = await expectError(join(deal, shoppers[0], { quantity: 2 }))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/batas per pembeli.*sisa untuk Anda 1/)
        expect(err.data.code).toBe(GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT)
        expect(await state(deal)).toEqual(before)
        await join(deal, shoppers[0], { quantity: 1 })
      })

      it.each([
        ["quantity 0", { quantity: 0 }, /quantity — Jumlah minimal 1/],
        ["a negative quantity", { quantity: -1 }, /quantity — Jumlah minimal 1/],
        ["a non-integer quantity", { quantity: 1.5 }, /quantity — Jumlah harus bilangan bulat/],
        ["a quantity as text", { quantity: "2" }, /quantity — Jumlah harus berupa angka/],
        ["no quantity", { quantity: undefined }, /quantity wajib diisi/],
        ["an unknown field", { quantity: 1, harga: 1000 }, /kolom tidak dikenal: harga/],
      ])("rejects %s with a 400 in Indonesian and changes nothing", async (_name, body, message) => {
        const deal = await openDeal()
        await join(deal, shoppers[1], { quantity: 1 })
        const before = await state(deal)
        const err = await expectError(join(deal, shoppers[0], body))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/^Data tidak sah: /)
        expect(err.data.message).toMatch(message)
        expect(err.data.code).toBe(VALIDATION_ERRORS.INVALID_BODY)
        expect(await state(deal)).toEqual(before)
      })

      it("rejects more than the remaining cap", async () => {
        const deal = await openDeal({ max_total: 4, target_quantity: 4 })
        await join(deal, shoppers[0], { quantity: 3 })
        const before = await state(deal)
        const err = await expectError(join(deal, shoppers[1], { quantity: 2 }))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/sisa 1 unit/)
        expect(err.data.code).toBe(GROUP_BUY_ERRORS.QUOTA_EXCEEDED)
        expect(await state(deal)).toEqual(before)
      })

      it("rejects joining before starts_at, after the deadline, and a deal that is not open", async () => {
        const later = await openDeal({ starts_at: new Date(Date.now() + DAY).toISOString() })
        const early = await expectError(join(later, shoppers[0], { quantity: 1 }))
        expect(early.data.message).toMatch(/belum dimulai/)
        expect(early.data.code).toBe(GROUP_BUY_ERRORS.NOT_STARTED)

        const past = await openDeal()
        await groupBuys().updateGroupBuys({ id: past, ends_at: new Date(Date.now() - 1000) })
        const late = await expectError(join(past, shoppers[0], { quantity: 1 }))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/sudah lewat/)
        expect(late.data.code).toBe(GROUP_BUY_ERRORS.DEADLINE_PASSED)

        const { data } = await api.post("/admin/group-buys", dealBody(variantId, P), admin)
        const draft = await expectError(join(data.group_buy.id, shoppers[0], { quantity: 1 }))
        expect(draft.status).toBe(400)
        expect(draft.data.message).toMatch(/tidak sedang dibuka/)
        expect(draft.data.code).toBe(GROUP_BUY_ERRORS.NOT_OPEN)
        expect(await groupBuys().listGroupBuyParticipations({})).toHaveLength(0)
      })

      it("a deal that does not exist is a 404 with its code, in the store and on joining", async () => {
        const view = await expectError(api.get(`/store/group-buys/gbuy_tidak_ada`, storeHeaders))
        expect([view.status, view.data.code]).toEqual([404, GROUP_BUY_ERRORS.NOT_FOUND])
        const joined = await expectError(join("gbuy_tidak_ada", shoppers[0], { quantity: 1 }))
        expect([joined.status, joined.data.code]).toEqual([404, GROUP_BUY_ERRORS.NOT_FOUND])
        expect(joined.data.message).toMatch(/tidak ditemukan/)
      })

      it("asks a guest to log in (401)", async () => {
        const deal = await openDeal()
        const err = await expectError(api.post(`/store/group-buys/${deal}/join`, { quantity: 1 }, storeHeaders))
        expect(err.status).toBe(401)
        expect(await groupBuys().listGroupBuyParticipations({})).toHaveLength(0)
      })
    })

    describe("leaving before the deadline", () => {
      it("cancels the order, releases the authorisation and frees the stock", async () => {
        const deal = await openDeal()
        const { data } = await join(deal, shoppers[0], { quantity: 2 })
        const p = data.participation
        const other = await expectError(
          api.post(`/store/group-buys/${deal}/participations/${p.id}/cancel`, {}, shoppers[1].headers)
        )
        expect(other.status).toBe(404)
        expect(other.data.code).toBe(GROUP_BUY_ERRORS.PARTICIPATION_NOT_FOUND)
        const res = await api.post(`/store/group-buys/${deal}/participations/${p.id}/cancel`, {}, shoppers[0].headers)
        expect(res.data.participation).toMatchObject({ status: "cancelled", amount_released: 2 * P })
        expect(await orderFacts(getContainer(), p.order_id)).toMatchObject({
          status: "canceled",
          captured: 0,
          payment_canceled: true,
          reserved: 0,
          group_buy_status: "cancelled",
        })
        expect((await state(deal)).total).toBe(0)
        const again = await expectError(api.post(`/store/group-buys/${deal}/participations/${p.id}/cancel`, {}, shoppers[0].headers))
        expect(again.status).toBe(400)
        expect(again.data.code).toBe(GROUP_BUY_ERRORS.PARTICIPATION_NOT_CANCELLABLE)
      })
    })

    describe("closing", () => {
      async function threeJoins(deal: string) {
        const a = (await join(deal, shoppers[0], { quantity: 2 })).data.participation // at P (total 0)
        const b = (await join(deal, shoppers[1], { quantity: 2 })).data.participation // at P (total 2)
        const c = (await join(deal, shoppers[2], { quantity: 1 })).data.participation // at P2 (total 4)
        return [a, b, c]
      }

      it("target reached: captures the final tier price, releases the rest, order totals equal what was charged", async () => {
        const deal = await openDeal()
        const [a, b, c] = await threeJoins(deal)
        expect([a.unit_price, b.unit_price, c.unit_price]).toEqual([P, P, P2])
        const { data } = await api.post(`/admin/group-buys/${deal}/close`, {}, admin)
        expect(data.group_buy).toMatchObject({ status: "succeeded", final_unit_price: P3, total_quantity: 5 })
        expect(data.group_buy.summary).toMatchObject({
          participants: 3,
          units: 5,
          revenue: 5 * P3,
          saved_vs_normal_price: 5 * (P - P3),
        })
        for (const p of [a, b, c]) {
          const order = await orderFacts(getContainer(), p.order_id)
          expect(order).toMatchObject({
            total: p.quantity * P3,
            unit_price: P3,
            authorized: p.quantity * p.unit_price,
            captures: [p.quantity * P3],
            payment_canceled: true, // the uncaptured remainder released
            group_buy_status: "succeeded",
          })
        }
        const detail = (await api.get(`/admin/group-buys/${deal}`, admin)).data.group_buy
        expect(detail.participations.map((p: any) => [p.customer.email, p.quantity, p.unit_price, p.amount_authorized, p.amount_captured, p.state])).toEqual([
          [shoppers[0].email, 2, P, 2 * P, 2 * P3, "captured"],
          [shoppers[1].email, 2, P, 2 * P, 2 * P3, "captured"],
          [shoppers[2].email, 1, P2, P2, P3, "captured"],
        ])
        // the shopper sees the outcome and the final price in their account
        const mine = await api.get(`/store/customers/me/group-buys`, shoppers[0].headers)
        expect(mine.data.participations[0]).toMatchObject({
          status: "captured",
          final_unit_price: P3,
          amount_captured: 2 * P3,
          amount_released: 2 * (P - P3),
          group_buy: { id: deal, status: "succeeded", final_unit_price: P3 },
        })
        // each participant notified once (Notification Module, local provider)
        const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "group-buy-succeeded" })
        expect(notes.map((n: any) => n.to).sort()).toEqual([shoppers[0].email, shoppers[1].email, shoppers[2].email].sort())
      })

      it("with the courier: shipping is charged unchanged", async () => {
        const deal = await openDeal({ target_quantity: 1 })
        const [kurir] = await getContainer().resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Kurir lokal Sleman" })
        const a = (await join(deal, shoppers[0], { quantity: 3, shipping_option_id: kurir.id, shipping_address: { address_1: "Jl. Palagan 5" } })).data.participation
        await api.post(`/admin/group-buys/${deal}/close`, {}, admin)
        expect(await orderFacts(getContainer(), a.order_id)).toMatchObject({
          total: 3 * P2 + KURIR_LOKAL,
          authorized: 3 * P + KURIR_LOKAL,
          captures: [3 * P2 + KURIR_LOKAL],
        })
      })

      it("target missed: every order cancelled, every authorisation released, stock freed", async () => {
        const deal = await openDeal({ target_quantity: 10 })
        const [a, b, c] = await threeJoins(deal)
        const { data } = await api.post(`/admin/group-buys/${deal}/close`, {}, admin)
        expect(data.group_buy).toMatchObject({ status: "failed", final_unit_price: null })
        expect(data.group_buy.summary).toMatchObject({ participants: 0, units: 0, revenue: 0 })
        for (const p of [a, b, c]) {
          expect(await orderFacts(getContainer(), p.order_id)).toMatchObject({
            status: "canceled",
            captured: 0,
            payment_canceled: true,
            reserved: 0,
            group_buy_status: "released",
          })
        }
        const mine = await api.get(`/store/customers/me/group-buys`, shoppers[2].headers)
        expect(mine.data.participations[0]).toMatchObject({ status: "released", amount_released: P2, group_buy: { status: "failed" } })
        const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "group-buy-released" })
        expect(notes).toHaveLength(3)
      })

      it("the admin's cancel releases every participation", async () => {
        const deal = await openDeal()
        const [a] = await threeJoins(deal)
        const { data } = await api.post(`/admin/group-buys/${deal}/cancel`, {}, admin)
        expect(data.group_buy.status).toBe("cancelled")
        expect(await orderFacts(getContainer(), a.order_id)).toMatchObject({ status: "canceled", payment_canceled: true, captured: 0 })
        const join4 = await expectError(join(deal, shoppers[3], { quantity: 1 }))
        expect(join4.status).toBe(400)
        expect(join4.data.code).toBe(GROUP_BUY_ERRORS.CLOSED) // a cancel also stops the deal (closed_at)
      })

      it("crashing half-way and running again captures each participation exactly once", async () => {
        const deal = await openDeal()
        const [a, b, c] = await threeJoins(deal)
        // the third settlement fails: its order cannot be found (as if the process died there)
        await groupBuys().updateGroupBuyParticipations({ id: c.id, order_id: "order_missing" })
        await expect(closeGroupBuyWorkflow(getContainer()).run({ input: { id: deal, force: true } })).rejects.toThrow(/tidak ditemukan/)
        expect((await orderFacts(getContainer(), a.order_id)).captures).toEqual([2 * P3])
        expect((await orderFacts(getContainer(), b.order_id)).captures).toEqual([2 * P3])
        expect((await orderFacts(getContainer(), c.order_id)).captures).toEqual([])
        const mid = await groupBuys().retrieveGroupBuy(deal)
        expect([mid.status, mid.settled_at]).toEqual(["succeeded", null])

        await groupBuys().updateGroupBuyParticipations({ id: c.id, order_id: c.order_id })
        await closeGroupBuyWorkflow(getContainer()).run({ input: { id: deal } }) // as the job would
        await closeGroupBuyWorkflow(getContainer()).run({ input: { id: deal } })
        for (const p of [a, b, c]) {
          expect((await orderFacts(getContainer(), p.order_id)).captures).toEqual([p.quantity * P3])
        }
        expect((await groupBuys().retrieveGroupBuy(deal)).settled_at).not.toBeNull()
        const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "group-buy-succeeded" })
        expect(notes).toHaveLength(3)
      })

      it("crashing between an order edit's creation and its confirmation: the rerun confirms that edit, an admin's open edit is cancelled", async () => {
        const deal = await openDeal()
        const [a, b, c] = await threeJoins(deal)
        const orders = getContainer().resolve(Modules.ORDER)
        const [aOrder] = await orders.listOrders({ id: a.order_id }, { relations: ["items"] })
        // left by a settlement that died before confirming its edit of a's order
        const ours = await orders.createOrderChange({ order_id: a.order_id, change_type: "edit", internal_note: `group_buy_participation ${a.id}` } as any)
        await orders.addOrderAction({
          order_change_id: ours.id,
          action: "ITEM_UPDATE",
          details: { reference_id: aOrder.items![0].id, quantity: 2, unit_price: P3, quantity_diff: 0 },
        } as any)
        // an edit an admin began on b's order and left open
        await orders.createOrderChange({ order_id: b.order_id, change_type: "edit", internal_note: "admin" } as any)

        await api.post(`/admin/group-buys/${deal}/close`, {}, admin)
        for (const p of [a, b, c]) {
          expect(await orderFacts(getContainer(), p.order_id)).toMatchObject({
            total: p.quantity * P3,
            unit_price: P3,
            captures: [p.quantity * P3],
            payment_canceled: true,
          })
        }
        // one edit per order, ours, confirmed; the admin's open edit was cancelled (Medusa removes it)
        const changes = await orders.listOrderChanges({ order_id: [a.order_id, b.order_id] } as any)
        expect(changes.map((ch: any) => [ch.order_id, ch.internal_note, ch.status]).sort()).toEqual(
          [
            [a.order_id, `group_buy_participation ${a.id}`, "confirmed"],
            [b.order_id, `group_buy_participation ${b.id}`, "confirmed"],
          ].sort()
        )
      })

      it("two closes at once capture each participation exactly once", async () => {
        const deal = await openDeal()
        const parts = await threeJoins(deal)
        const results = await Promise.all([
          api.post(`/admin/group-buys/${deal}/close`, {}, admin),
          api.post(`/admin/group-buys/${deal}/close`, {}, admin),
        ]).catch((e) => {
          throw new Error(`close failed: ${e.response?.status} ${e.response?.data?.message}`)
        })
        expect(results.map((r) => r.data.group_buy.status)).toEqual(["succeeded", "succeeded"])
        for (const p of parts) {
          expect((await orderFacts(getContainer(), p.order_id)).captures).toEqual([p.quantity * P3])
        }
      })

      it("the job closes a deal once its deadline has passed", async () => {
        const deal = await openDeal({ target_quantity: 1 })
        const a = (await join(deal, shoppers[0], { quantity: 1 })).data.participation
        await groupBuys().updateGroupBuys({ id: deal, ends_at: new Date(Date.now() - 1000) })
        await closeDueGroupBuys(getContainer())
        const closed = await groupBuys().retrieveGroupBuy(deal)
        expect([closed.status, closed.final_unit_price, closed.settled_at !== null]).toEqual(["succeeded", P, true])
        // joined at the final price: the whole authorisation is captured, nothing to release
        expect(await orderFacts(getContainer(), a.order_id)).toMatchObject({ total: P, captures: [P], payment_canceled: false })
        const settled = await groupBuys().retrieveGroupBuyParticipation(a.id)
        expect([settled.state, settled.amount_captured, settled.amount_released]).toEqual(["captured", P, 0])
      })

      it("a close that stopped before deciding: joins and late activations are refused, the job finishes it", async () => {
        const deal = await openDeal({ target_quantity: 1 })
        const a = (await join(deal, shoppers[0], { quantity: 1 })).data.participation
        // a shopper whose order is still being placed when the close starts
        const pending = await groupBuys().reserveParticipation({ group_buy_id: deal, customer_id: shoppers[1].id, quantity: 1 })
        expect(pending.participation).not.toBeNull()
        expect(await groupBuys().stopTakingParticipations(deal)).toBe(true)
        const refused = await expectError(join(deal, shoppers[2], { quantity: 1 }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/sudah ditutup/)
        expect(refused.data.code).toBe(GROUP_BUY_ERRORS.CLOSED)
        expect(
          await groupBuys().activateParticipation({
            id: pending.participation.id,
            group_buy_id: deal,
            order_id: "order_late",
            payment_id: "pay_late",
            amount_authorized: P,
          })
        ).toBe(false)
        await groupBuys().deleteGroupBuyParticipations(pending.participation.id) // the join's compensation

        await closeDueGroupBuys(getContainer())
        const closed = await groupBuys().retrieveGroupBuy(deal)
        expect([closed.status, closed.final_unit_price, closed.settled_at !== null]).toEqual(["succeeded", P, true])
        expect((await orderFacts(getContainer(), a.order_id)).captures).toEqual([P])
      })

      it("the job leaves an open deal before its deadline alone", async () => {
        const deal = await openDeal()
        await threeJoins(deal)
        await closeGroupBuyWorkflow(getContainer()).run({ input: { id: deal } })
        expect((await groupBuys().retrieveGroupBuy(deal)).status).toBe("open")
      })
    })
  },
})
