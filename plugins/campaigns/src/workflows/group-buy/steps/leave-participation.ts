import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { joinableAt, type GroupBuyStatus } from "../../../domain/group-buy/deal-state"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"

/**
 * Under the deal's lock: a shopper leaves before the deadline. Marks their active
 * participation `cancelled` (its quantity stops counting); the next step cancels the
 * order. Compensation makes it `active` again.
 */
export const leaveParticipationStep = createStep(
  "leave-group-buy-participation",
  async (input: { group_buy_id: string; participation_id: string; customer_id: string }, { container }) => {
    const service = groupBuyService(container)
    return withDealLock(container, input.group_buy_id, async () => {
      const [p] = await service.listGroupBuyParticipations({ id: input.participation_id, group_buy_id: input.group_buy_id } as any)
      if (!p || p.customer_id !== input.customer_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Keikutsertaan tidak ditemukan", GROUP_BUY_ERRORS.PARTICIPATION_NOT_FOUND)
      }
      if (p.state !== "active") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Keikutsertaan ini tidak bisa dibatalkan lagi", GROUP_BUY_ERRORS.PARTICIPATION_NOT_CANCELLABLE)
      }
      const deal = await groupBuyService(container).retrieveDeal(input.group_buy_id)
      try {
        joinableAt(deal as { status: GroupBuyStatus; starts_at: Date; ends_at: Date }, new Date())
      } catch {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pembatalan hanya bisa sebelum batas waktu Borong Bareng", GROUP_BUY_ERRORS.CANCEL_DEADLINE_PASSED)
      }
      const updated = await service.updateGroupBuyParticipations({
        id: p.id,
        state: "cancelled",
        amount_released: p.amount_authorized,
        settled_at: new Date(),
      } as any)
      return new StepResponse(updated, p.id)
    })
  },
  async (id, { container }) => {
    if (id) {
      await groupBuyService(container).updateGroupBuyParticipations({ id, state: "active", amount_released: 0, settled_at: null } as any)
    }
  }
)
