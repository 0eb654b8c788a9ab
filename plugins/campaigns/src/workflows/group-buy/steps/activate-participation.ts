import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { groupBuyService, loadDeal, withDealLock } from "./util"

/**
 * Under the deal's lock: the order is placed, the participation becomes `active`
 * (it now counts toward the group's total and the close will settle it). If the deal
 * was closed or cancelled while the order was being placed, this fails and the
 * earlier compensations cancel the order and drop the reservation.
 * Compensation returns the participation to `pending`.
 */
export const activateParticipationStep = createStep(
  "activate-group-buy-participation",
  async (input: { participation_id: string; group_buy_id: string; order_id: string; payment_id: string; amount_authorized: number }, { container }) => {
    const service = groupBuyService(container)
    return withDealLock(container, input.group_buy_id, async () => {
      const deal = await loadDeal(container, input.group_buy_id)
      if (deal.status !== "open") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini sudah ditutup")
      }
      const participation = await service.updateGroupBuyParticipations({
        id: input.participation_id,
        state: "active",
        order_id: input.order_id,
        payment_id: input.payment_id,
        amount_authorized: input.amount_authorized,
      } as any)
      return new StepResponse(participation, input.participation_id)
    }, 300)
  },
  async (id, { container }) => {
    if (id) {
      await groupBuyService(container).updateGroupBuyParticipations({ id, state: "pending", order_id: null, payment_id: null } as any)
    }
  }
)
