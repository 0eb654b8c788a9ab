import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { joinableAt, type GroupBuyStatus } from "../../../domain/group-buy/deal-state"
import { tierFor } from "../../../domain/group-buy/tier-price"
import { assertJoinQuantity } from "../../../domain/group-buy/validate"
import { groupBuyService, HOLDING_STATES, loadDeal, tiersOf, withDealLock } from "./util"

/**
 * Under the deal's lock: checks the deal is joinable, the quantity against the
 * per-shopper maximum (all the shopper's joins) and the remaining cap, and reserves
 * the quantity as a `pending` participation at the current tier's price.
 * Compensation deletes it (freeing the quantity).
 */
export const reserveParticipationStep = createStep(
  "reserve-group-buy-participation",
  async (input: { group_buy_id: string; customer_id: string; email?: string | null; quantity: number }, { container }) => {
    const service = groupBuyService(container)
    return withDealLock(container, input.group_buy_id, async () => {
      const deal = await loadDeal(container, input.group_buy_id)
      joinableAt(deal as { status: GroupBuyStatus; starts_at: Date; ends_at: Date }, new Date())
      const holding = await service.listGroupBuyParticipations(
        { group_buy_id: deal.id, state: [...HOLDING_STATES] } as any,
        { select: ["id", "customer_id", "quantity"] }
      )
      const total = holding.reduce((s, p) => s + Number(p.quantity), 0)
      const mine = holding.filter((p) => p.customer_id === input.customer_id).reduce((s, p) => s + Number(p.quantity), 0)
      assertJoinQuantity(input.quantity, {
        max_per_customer: Number(deal.max_per_customer),
        already_joined: mine,
        remaining: Number(deal.max_total) - total,
      })
      const unitPrice = tierFor(tiersOf(deal), total).unit_price
      const participation = await service.createGroupBuyParticipations({
        group_buy_id: deal.id,
        customer_id: input.customer_id,
        email: input.email ?? null,
        quantity: input.quantity,
        unit_price: unitPrice,
        state: "pending",
      } as any)
      return new StepResponse({ participation, deal }, participation.id)
    })
  },
  async (id, { container }) => {
    if (id) await groupBuyService(container).deleteGroupBuyParticipations(id)
  }
)
