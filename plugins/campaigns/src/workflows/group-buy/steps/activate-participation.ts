import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { groupBuyService } from "../utils/group-buy-service"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"

/**
 * The order is placed: the participation becomes `active` (it now counts toward the
 * group's total and the close will settle it) in one conditional statement that holds
 * the deal's row (see `activateParticipation`), so no deal lock is needed: a close that
 * stops the deal first makes this fail, and the earlier compensations cancel the order
 * and drop the reservation. Compensation returns the participation to `pending`.
 */
export const activateParticipationStep = createStep(
  "activate-group-buy-participation",
  async (input: { participation_id: string; group_buy_id: string; order_id: string; payment_id: string; amount_authorized: number }, { container }) => {
    const service = groupBuyService(container)
    const activated = await service.activateParticipation({
      id: input.participation_id,
      group_buy_id: input.group_buy_id,
      order_id: input.order_id,
      payment_id: input.payment_id,
      amount_authorized: input.amount_authorized,
    })
    if (!activated) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini sudah ditutup", GROUP_BUY_ERRORS.CLOSED)
    }
    const participation = await service.retrieveGroupBuyParticipation(input.participation_id)
    return new StepResponse(participation, input.participation_id)
  },
  async (id, { container }) => {
    if (id) {
      await groupBuyService(container).updateGroupBuyParticipations({ id, state: "pending", order_id: null, payment_id: null } as any)
    }
  }
)
