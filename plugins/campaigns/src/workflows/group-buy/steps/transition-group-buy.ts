import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transition, type GroupBuyEvent, type GroupBuyStatus } from "../../../domain/group-buy/deal-state"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"

/** Publishes or cancels a deal (state machine in the domain); compensation restores the status. */
export const transitionGroupBuyStep = createStep(
  "transition-group-buy",
  async (input: { id: string; event: Exclude<GroupBuyEvent, "close"> }, { container }) => {
    return withDealLock(container, input.id, async () => {
      const deal = await groupBuyService(container).retrieveDeal(input.id)
      const status = transition(deal.status as GroupBuyStatus, input.event)
      await groupBuyService(container).updateGroupBuys({
        id: deal.id,
        status,
        ...(status === "cancelled" ? { closed_at: new Date() } : {}),
      })
      return new StepResponse({ ...deal, status }, { id: deal.id, status: deal.status, closed_at: deal.closed_at })
    })
  },
  async (previous, { container }) => {
    if (previous) await groupBuyService(container).updateGroupBuys(previous as any)
  }
)
