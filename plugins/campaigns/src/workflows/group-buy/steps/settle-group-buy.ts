import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { captureParticipation, releaseParticipation } from "./settle-participation"
import { groupBuyService, loadDeal, withDealLock } from "./util"

/**
 * Under the deal's lock: settles every still-`active` participation of a deal that has
 * an outcome — captured at the final price (succeeded) or released (failed, cancelled) —
 * one by one, each marked the moment it is done. Then marks the deal settled.
 *
 * Forward-only by design: a capture or a released authorisation cannot be undone, so
 * there is no compensation. A crash half-way leaves the settled participations marked
 * and the rest `active`; the next run (job every minute, or "close now") settles only
 * those, and each settlement reads the payment's real state before acting.
 */
const SETTLE_CONCURRENCY = 4

export const settleGroupBuyStep = createStep("settle-group-buy", async (input: { id: string }, { container }) => {
  const service = groupBuyService(container)
  return withDealLock(container, input.id, async () => {
    const deal = await loadDeal(container, input.id)
    if (!["succeeded", "failed", "cancelled"].includes(deal.status)) {
      return new StepResponse({ settled: [] as string[] })
    }
    const active = await service.listGroupBuyParticipations(
      { group_buy_id: deal.id, state: "active" } as any,
      { order: { created_at: "ASC" } }
    )
    const settled: string[] = []
    // A few at a time (each one is independent and idempotent); a failure stops after its batch.
    for (let i = 0; i < active.length; i += SETTLE_CONCURRENCY) {
      const batch = active.slice(i, i + SETTLE_CONCURRENCY)
      const results = await Promise.allSettled(
        batch.map((p) =>
          deal.status === "succeeded"
            ? captureParticipation(container, p as any, Number(deal.final_unit_price))
            : releaseParticipation(container, p as any)
        )
      )
      results.forEach((r, k) => r.status === "fulfilled" && settled.push(batch[k].id))
      const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult | undefined
      if (failed) throw failed.reason
    }
    if (!deal.settled_at) await service.updateGroupBuys({ id: deal.id, settled_at: new Date() } as any)
    return new StepResponse({ settled })
  }, 600)
})
