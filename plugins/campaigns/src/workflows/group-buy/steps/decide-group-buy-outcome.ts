import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isDue, isFinal, transition, type GroupBuyStatus } from "../../../domain/group-buy/deal-state"
import { tierFor, tiersOf } from "../../../domain/group-buy/tier-price"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"

export type Outcome = { id: string; status: GroupBuyStatus; final_unit_price: number | null; changed: boolean }

/**
 * Under the deal's lock: an open deal that is due (or closed now by the admin) gets
 * its outcome — target reached → `succeeded` at the tier of the group's total,
 * otherwise `failed`. A deal that already has an outcome keeps it (a rerun after a
 * crash, or a second close running at the same time, settles the same outcome).
 * Compensation reopens the deal only if no participation was settled yet.
 */
export const decideGroupBuyOutcomeStep = createStep(
  "decide-group-buy-outcome",
  async (input: { id: string; force?: boolean }, { container }): Promise<StepResponse<Outcome, any>> => {
    const service = groupBuyService(container)
    return withDealLock(container, input.id, async () => {
      const deal = await groupBuyService(container).retrieveDeal(input.id)
      const status = deal.status as GroupBuyStatus
      const final = deal.final_unit_price == null ? null : Number(deal.final_unit_price)
      const stopped = deal.closed_at != null // a close that stopped before deciding: finish it
      if (isFinal(status) || (!input.force && !stopped && !isDue(deal as any, new Date()))) {
        return new StepResponse({ id: deal.id, status, final_unit_price: final, changed: false })
      }
      // joins activate without the lock: first stop the deal taking participations, then count
      await service.stopTakingParticipations(deal.id)
      let next: GroupBuyStatus
      let finalUnitPrice: number | null
      try {
        const active = await service.listGroupBuyParticipations({ group_buy_id: deal.id, state: "active" } as any, {
          select: ["quantity"],
        })
        const total = active.reduce((s, p) => s + Number(p.quantity), 0)
        next = transition(status, "close", total >= Number(deal.target_quantity))
        finalUnitPrice = next === "succeeded" ? tierFor(tiersOf(deal), total).unit_price : null
        await service.updateGroupBuys({ id: deal.id, status: next, final_unit_price: finalUnitPrice, closed_at: new Date() } as any)
      } catch (e) {
        await service.updateGroupBuys({ id: deal.id, closed_at: null } as any)
        throw e
      }
      return new StepResponse(
        { id: deal.id, status: next, final_unit_price: finalUnitPrice, changed: true },
        { id: deal.id }
      )
    }, 600)
  },
  async (data, { container }) => {
    if (!data) return
    const service = groupBuyService(container)
    const settled = await service.listGroupBuyParticipations(
      { group_buy_id: data.id, state: ["captured", "released"] } as any,
      { take: 1, select: ["id"] }
    )
    if (!settled.length) {
      await service.updateGroupBuys({ id: data.id, status: "open", final_unit_price: null, closed_at: null } as any)
    }
  }
)
