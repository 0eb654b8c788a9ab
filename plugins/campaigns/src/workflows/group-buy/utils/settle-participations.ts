import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelBeginOrderEditWorkflow, cancelOrderWorkflow, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { chargeFor } from "../../../domain/group-buy/tier-price"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"
import { groupBuyService } from "./group-buy-service"
import { markOrder } from "./mark-order"

/*
 * Settlement helpers of the close (`settle-group-buy` step), not steps themselves. They
 * run Medusa's core workflows (capture, cancel order) with `.run()` on purpose: a deal's
 * participations are settled N at a time (a concurrent loop, see `eachLimited`), each
 * one independent and idempotent, and a capture or a released authorisation cannot be
 * undone, so there is nothing for the engine to compensate; a failure leaves that
 * participation `active` for the next run. Composing them with `runAsStep` would make the
 * loop sequential (one step per participation) without adding a rollback.
 */

type Participation = {
  id: string
  quantity: number
  unit_price: number
  amount_authorized: number
  order_id: string | null
  payment_id: string | null
}

const ORDER_FIELDS = [
  "id",
  "status",
  "total",
  "metadata",
  "items.id",
  "items.quantity",
  "items.unit_price",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
]

async function loadOrders(container: MedusaContainer, orderIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  return new Map((data as any[]).map((o) => [o.id, o]))
}

async function loadOrder(container: MedusaContainer, orderId: string | null) {
  const order = orderId ? (await loadOrders(container, [orderId])).get(orderId) : undefined
  if (!order) throw orderNotFound(orderId)
  return order
}

const orderNotFound = (orderId: string | null) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan Borong Bareng ${orderId} tidak ditemukan`, GROUP_BUY_ERRORS.SETTLEMENT_FAILED)

function paymentOf(order: any, paymentId: string | null) {
  const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
  const payment = payments.find((p: any) => p.id === paymentId)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pembayaran ${paymentId} tidak ditemukan`, GROUP_BUY_ERRORS.SETTLEMENT_FAILED)
  const captured = (payment.captures ?? []).reduce((s: number, c: any) => s + Number(c.amount), 0)
  return { payment, captured }
}

/** Runs `fn` over `items`, at most `limit` at a time; every item runs, failures are collected. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>, failures: unknown[]) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      try {
        await fn(item)
      } catch (e) {
        failures.push(e)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

const editNote = (participationId: string) => `group_buy_participation ${participationId}`

type Charged = { p: Participation; order: any; payment: any; captured: number; charge: ReturnType<typeof chargeFor> }

/**
 * Charges the participations of a succeeded deal, idempotently: every action is decided
 * from the payments' and the orders' real state (read once for the whole batch), so a
 * rerun after a crash at any point never captures twice.
 * 1. per participation (`concurrency` at a time): capture what is still missing of final
 *    price × quantity (+ shipping) — never more (Medusa's capture workflow: the payment
 *    and the order's transactions);
 * 2. one order change per order whose line is not at the final unit price yet — an edit
 *    (ITEM_UPDATE with the final unit price, quantity unchanged), created and confirmed
 *    for the whole batch in three Order Module calls — AFTER the capture (editing first
 *    would leave an unpaid difference), so each order's total equals what was charged;
 * 3. cancel the rest of each authorisation;
 * 4. mark the orders and the participations (`captured`) in one call each.
 * A participation that fails (e.g. its order is gone) is left `active` for the next run;
 * the others go on, then the first failure is thrown.
 */
export async function captureParticipations(
  container: MedusaContainer,
  participations: Participation[],
  finalUnitPrice: number,
  concurrency: number
): Promise<{ settled: string[]; failure: unknown }> {
  const failures: unknown[] = []
  const orders = await loadOrders(container, participations.map((p) => p.order_id).filter((id): id is string => !!id))

  // 1. capture
  const charged: Charged[] = []
  await eachLimited(participations, concurrency, async (p) => {
    const order = p.order_id ? orders.get(p.order_id) : undefined
    if (!order) throw orderNotFound(p.order_id)
    const { payment, captured } = paymentOf(order, p.payment_id)
    const charge = chargeFor(
      { quantity: Number(p.quantity), unit_price: Number(p.unit_price), amount_authorized: Number(p.amount_authorized) },
      finalUnitPrice
    )
    if (captured > charge.amount) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pembayaran ${payment.id} sudah ditarik ${captured}, lebih dari ${charge.amount}`, GROUP_BUY_ERRORS.SETTLEMENT_FAILED)
    }
    if (captured < charge.amount) {
      if (payment.canceled_at) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Otorisasi ${payment.id} sudah dibatalkan sebelum ditarik`, GROUP_BUY_ERRORS.SETTLEMENT_FAILED)
      }
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: charge.amount - captured } })
    }
    charged.push({ p, order, payment, captured: charge.amount, charge })
  }, failures)

  // 2. order edits to the final unit price, batched
  const orderModule = container.resolve(Modules.ORDER)
  const toEdit = charged.filter((c) => Number(c.order.items[0].unit_price) !== c.charge.unit_price)
  if (toEdit.length) {
    try {
      const open = await orderModule.listOrderChanges(
        { order_id: toEdit.map((c) => c.order.id), status: ["pending", "requested"] } as any,
        { select: ["id", "order_id", "status", "internal_note"] }
      )
      const ours = new Map<string, string>() // order id → our unconfirmed change (a crash between create and confirm)
      for (const change of open as any[]) {
        const c = toEdit.find((e) => e.order.id === change.order_id)!
        if (change.internal_note === editNote(c.p.id)) ours.set(change.order_id, change.id)
        else if (change.status === "pending") await cancelBeginOrderEditWorkflow(container).run({ input: { order_id: change.order_id } })
        else await orderModule.declineOrderChange(change.id)
      }
      const fresh = toEdit.filter((c) => !ours.has(c.order.id))
      if (fresh.length) {
        const created = await orderModule.createOrderChange(
          fresh.map((c) => ({
            order_id: c.order.id,
            change_type: "edit",
            description: "Harga akhir Borong Bareng",
            internal_note: editNote(c.p.id),
          })) as any
        )
        const changes = (Array.isArray(created) ? created : [created]) as any[]
        await orderModule.addOrderAction(
          changes.map((change) => {
            const c = fresh.find((e) => e.order.id === change.order_id)!
            const item = c.order.items[0]
            return {
              order_change_id: change.id,
              order_id: c.order.id,
              action: "ITEM_UPDATE",
              internal_note: editNote(c.p.id),
              details: { reference_id: item.id, quantity: Number(item.quantity), unit_price: c.charge.unit_price, quantity_diff: 0 },
            }
          }) as any
        )
        for (const change of changes) ours.set(change.order_id, change.id)
      }
      await orderModule.confirmOrderChange([...ours.values()])
    } catch (e) {
      // nothing of this batch is marked: the next run redoes the edits (captures are not repeated)
      failures.push(e)
      return { settled: [], failure: failures[0] }
    }
  }

  // 3. release the rest of each authorisation
  const released: Charged[] = []
  await eachLimited(charged, concurrency, async (c) => {
    if (!c.payment.canceled_at && Number(c.payment.amount) > c.captured) {
      await container.resolve(Modules.PAYMENT).cancelPayment(c.payment.id)
    }
    released.push(c)
  }, failures)

  // 4. mark orders and participations
  if (released.length) {
    await orderModule.updateOrders(
      released.map((c) => ({
        id: c.order.id,
        metadata: { ...(c.order.metadata ?? {}), group_buy_status: "succeeded", group_buy_final_unit_price: c.charge.unit_price },
      })) as any
    )
    const now = new Date()
    await groupBuyService(container).updateGroupBuyParticipations(
      released.map((c) => ({
        id: c.p.id,
        state: "captured",
        final_unit_price: c.charge.unit_price,
        amount_captured: c.captured,
        amount_released: Number(c.p.amount_authorized) - c.captured,
        settled_at: now,
      })) as any
    )
  }
  return { settled: released.map((c) => c.p.id), failure: failures[0] ?? null }
}

/**
 * Releases one participation of a failed or cancelled deal: its order is cancelled,
 * which cancels the authorisation and frees the stock. Idempotent (an order already
 * cancelled is left alone) and refuses a payment that was (partly) captured — Medusa
 * would refund it and keep the rest authorised.
 */
export async function releaseParticipation(container: MedusaContainer, p: Participation) {
  const order = await loadOrder(container, p.order_id)
  const { captured } = paymentOf(order, p.payment_id)
  if (captured > 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pesanan ${order.id} sudah ditarik sebagian; tidak dibatalkan otomatis`, GROUP_BUY_ERRORS.SETTLEMENT_FAILED)
  }
  if (order.status !== "canceled") {
    await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  }
  await markOrder(container, order.id, { group_buy_status: "released" })
  return groupBuyService(container).updateGroupBuyParticipations({
    id: p.id,
    state: "released",
    amount_captured: 0,
    amount_released: Number(p.amount_authorized),
    settled_at: new Date(),
  } as any)
}
