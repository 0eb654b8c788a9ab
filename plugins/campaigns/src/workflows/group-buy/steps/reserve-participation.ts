import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { joinableAt, type GroupBuyStatus } from "../../../domain/group-buy/deal-state"
import { assertJoinQuantity } from "../../../domain/group-buy/validate"
import { groupBuyService, loadDeal, withDealLock } from "./util"

/**
 * Under the deal's lock: one conditional statement checks the deal is joinable, the
 * quantity against the per-shopper maximum (all the shopper's joins) and the remaining
 * cap, and reserves the quantity as a `pending` participation at the current tier's
 * price. The lock is held for that one database round trip only. A refusal is explained
 * by the domain rules from what the statement saw.
 * Compensation deletes the participation (freeing the quantity).
 */
export const reserveParticipationStep = createStep(
  "reserve-group-buy-participation",
  async (input: { group_buy_id: string; customer_id: string; email?: string | null; quantity: number }, { container }) => {
    const service = groupBuyService(container)
    // the quantity's own shape first (no lock needed); the deal's terms do not change once it is open
    assertJoinQuantity(input.quantity, { max_per_customer: Infinity, already_joined: 0, remaining: Infinity })
    const deal = await loadDeal(container, input.group_buy_id)
    const seen = await withDealLock(container, deal.id, () =>
      service.reserveParticipation({
        group_buy_id: deal.id,
        customer_id: input.customer_id,
        email: input.email,
        quantity: input.quantity,
      })
    )
    if (!seen.participation) {
      if (seen.closing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini sudah ditutup")
      joinableAt({ status: seen.status as GroupBuyStatus, starts_at: seen.starts_at!, ends_at: seen.ends_at! }, seen.now)
      assertJoinQuantity(input.quantity, {
        max_per_customer: seen.max_per_customer,
        already_joined: seen.mine,
        remaining: seen.max_total - seen.total,
      })
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini tidak bisa diikuti saat ini")
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
