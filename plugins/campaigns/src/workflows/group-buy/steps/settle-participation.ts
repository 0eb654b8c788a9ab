import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  beginOrderEditOrderWorkflow,
  cancelBeginOrderEditWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { chargeFor } from "../../../domain/group-buy/tier-price"
import { groupBuyService, markOrder } from "./util"

type Participation = {
  id: string
  quantity: number
  unit_price: number
  amount_authorized: number
  order_id: string | null
  payment_id: string | null
}

async function loadOrder(container: MedusaContainer, orderId: string | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "items.id",
      "items.quantity",
      "items.unit_price",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId ?? "" },
  })
  const order = data[0] as any
  if (!orderId || !order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan Borong Bareng ${orderId} tidak ditemukan`)
  }
  return order
}

function paymentOf(order: any, paymentId: string | null) {
  const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
  const payment = payments.find((p: any) => p.id === paymentId)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pembayaran ${paymentId} tidak ditemukan`)
  const captured = (payment.captures ?? []).reduce((s: number, c: any) => s + Number(c.amount), 0)
  return { payment, captured }
}

/**
 * Charges one participation of a succeeded deal, idempotently: every action is
 * decided from the payment's and the order's real state, so a rerun after a crash at
 * any point never captures twice.
 * 1. capture what is still missing of final price × quantity (+ shipping) — never more;
 * 2. order edit to the final unit price (AFTER the capture: editing first would cancel
 *    the authorisation), so the order's total equals what was charged;
 * 3. cancel the rest of the authorisation.
 */
export async function captureParticipation(container: MedusaContainer, p: Participation, finalUnitPrice: number) {
  const charge = chargeFor(
    { quantity: Number(p.quantity), unit_price: Number(p.unit_price), amount_authorized: Number(p.amount_authorized) },
    finalUnitPrice
  )
  let order = await loadOrder(container, p.order_id)
  let { payment, captured } = paymentOf(order, p.payment_id)
  if (captured > charge.amount) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pembayaran ${payment.id} sudah ditarik ${captured}, lebih dari ${charge.amount}`)
  }
  if (captured < charge.amount) {
    if (payment.canceled_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Otorisasi ${payment.id} sudah dibatalkan sebelum ditarik`)
    }
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: charge.amount - captured } })
    order = await loadOrder(container, p.order_id)
    ;({ payment, captured } = paymentOf(order, p.payment_id))
  }

  const item = order.items[0]
  if (Number(item.unit_price) !== charge.unit_price) {
    const orderModule = container.resolve(Modules.ORDER)
    const open = await orderModule.listOrderChanges({ order_id: order.id, status: ["pending", "requested"] } as any)
    for (const change of open) {
      if (change.status === "pending") await cancelBeginOrderEditWorkflow(container).run({ input: { order_id: order.id } })
    }
    if (!open.some((c: any) => c.status === "requested")) {
      await beginOrderEditOrderWorkflow(container).run({
        input: { order_id: order.id, description: "Harga akhir Borong Bareng", internal_note: `group_buy_participation ${p.id}` },
      })
      await orderEditUpdateItemQuantityWorkflow(container).run({
        input: { order_id: order.id, items: [{ id: item.id, quantity: Number(item.quantity), unit_price: charge.unit_price }] },
      })
      await requestOrderEditRequestWorkflow(container).run({ input: { order_id: order.id } })
    }
    await confirmOrderEditRequestWorkflow(container).run({ input: { order_id: order.id } as any })
    order = await loadOrder(container, p.order_id)
    ;({ payment, captured } = paymentOf(order, p.payment_id))
  }

  if (!payment.canceled_at && Number(payment.amount) > captured) {
    await container.resolve(Modules.PAYMENT).cancelPayment(payment.id)
  }
  await markOrder(container, order.id, { group_buy_status: "succeeded", group_buy_final_unit_price: charge.unit_price })
  return groupBuyService(container).updateGroupBuyParticipations({
    id: p.id,
    state: "captured",
    final_unit_price: charge.unit_price,
    amount_captured: captured,
    amount_released: Number(p.amount_authorized) - captured,
    settled_at: new Date(),
  } as any)
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
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pesanan ${order.id} sudah ditarik sebagian; tidak dibatalkan otomatis`)
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
