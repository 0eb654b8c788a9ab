import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reserveParticipationStep } from "./steps/reserve-participation"
import { placeGroupBuyOrderStep, type ShippingAddressInput } from "./steps/place-group-buy-order"
import { activateParticipationStep } from "./steps/activate-participation"

export type JoinGroupBuyInput = {
  group_buy_id: string
  customer_id: string
  email?: string | null
  quantity: number
  sales_channel_id?: string
  shipping_option_id?: string
  shipping_address?: ShippingAddressInput
}

/**
 * A shopper joins a deal: reserve the quantity under the deal's lock (caps checked in one
 * conditional statement, so the lock is held for a single round trip), place the order at
 * the current tier's price with the payment authorised, then activate the participation
 * (one conditional statement that fails once a close has stopped the deal). Any failure
 * undoes the earlier steps: the order is cancelled and the reservation dropped.
 */
export const joinGroupBuyWorkflow = createWorkflow("join-group-buy", (input: JoinGroupBuyInput) => {
  const { participation, deal } = reserveParticipationStep({
    group_buy_id: input.group_buy_id,
    customer_id: input.customer_id,
    email: input.email,
    quantity: input.quantity,
  })
  const order = placeGroupBuyOrderStep({
    participation,
    deal,
    sales_channel_id: input.sales_channel_id,
    shipping_option_id: input.shipping_option_id,
    shipping_address: input.shipping_address,
  } as any)
  const activation = transform({ participation, order, input }, ({ participation, order, input }) => ({
    participation_id: participation.id,
    group_buy_id: input.group_buy_id,
    order_id: order.order_id,
    payment_id: order.payment_id,
    amount_authorized: order.amount_authorized,
  }))
  return new WorkflowResponse(activateParticipationStep(activation))
})
