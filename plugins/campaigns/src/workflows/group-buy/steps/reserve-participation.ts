import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertJoinQuantity } from "../../../domain/group-buy/validate"
import { joinRefusal } from "../../../domain/group-buy/join-refusal"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"

/**
 * Under the deal's lock: one conditional statement checks the deal is joinable, the
 * quantity against the per-shopper maximum (all the shopper's joins) and the remaining
 * cap, and reserves the quantity as a `pending` participation at the current tier's
 * price. The lock is held for that one database round trip only. A refusal is worded
 * from the statement's own checks (`joinRefusal`): the SQL is the one decision.
 * Compensation deletes the participation (freeing the quantity).
 */
export const reserveParticipationStep = createStep(
  "reserve-group-buy-participation",
  async (input: { group_buy_id: string; customer_id: string; email?: string | null; quantity: number }, { container }) => {
    const service = groupBuyService(container)
    // the quantity's own shape first (no lock needed); the deal's terms do not change once it is open
    assertJoinQuantity(input.quantity)
    const deal = await service.retrieveDeal(input.group_buy_id)
    const seen = await withDealLock(container, deal.id, () =>
      service.reserveParticipation({
        group_buy_id: deal.id,
        customer_id: input.customer_id,
        email: input.email,
        quantity: input.quantity,
      })
    )
    if (!seen.participation) {
      // the statement reserved nothing, so one of its checks failed
      throw joinRefusal(seen)!
    }
    const participation = {
      id: seen.participation.id,
      group_buy_id: deal.id,
      customer_id: input.customer_id,
      email: input.email ?? null,
      quantity: input.quantity,
      unit_price: seen.participation.unit_price,
      state: "pending" as const,
    }
    return new StepResponse({ participation, deal }, participation.id)
  },
  async (id, { container }) => {
    if (id) await groupBuyService(container).deleteGroupBuyParticipations(id)
  }
)
