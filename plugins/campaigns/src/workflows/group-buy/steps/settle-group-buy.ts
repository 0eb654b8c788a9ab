import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { captureParticipations, releaseParticipation } from "../utils/settle-participations"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"

/**
 * Under the deal's lock: settles every still-`active` participation of a deal that has
 * an outcome — captured at the final price (succeeded: in batches, see
 * `captureParticipations`) or released (failed, cancelled: several at a time), each
 * marked as soon as it (or its batch) is done. Then marks the deal settled.
 *
 * Forward-only by design: a capture or a released authorisation cannot be undone, so
 * there is no compensation. A crash half-way leaves the settled participations marked
 * and the rest `active`; the next run (job every minute, or "close now") settles only
 * those, and each settlement reads the payment's real state before acting.
 */
const SETTLE_CONCURRENCY = Math.max(1, Number(process.env.GROUP_BUY_SETTLE_CONCURRENCY) || 8)
const SETTLE_BATCH = 100

export const settleGroupBuyStep = createStep("settle-group-buy", async (input: { id: string }, { container }) => {
  const service = groupBuyService(container)
  return withDealLock(container, input.id, async () => {
    const deal = await groupBuyService(container).retrieveDeal(input.id)
    if (!["succeeded", "failed", "cancelled"].includes(deal.status)) {
      return new StepResponse({ settled: [] as string[] })
    }
    const active = await service.listGroupBuyParticipations(
      { group_buy_id: deal.id, state: "active" } as any,
      { order: { created_at: "ASC" } }
    )
    const settled: string[] = []
    let failure: unknown = null
    if (deal.status === "succeeded") {
      // in batches: captures run `SETTLE_CONCURRENCY` at a time, order edits and marks once per batch
      for (let i = 0; i < active.length && failure === null; i += SETTLE_BATCH) {
        const batch = await captureParticipations(container, active.slice(i, i + SETTLE_BATCH) as any, Number(deal.final_unit_price), SETTLE_CONCURRENCY)
        settled.push(...batch.settled)
        failure = batch.failure
      }
    } else {
      // A pool of workers (each participation is independent and idempotent); after a
      // failure no new one starts, the ones in flight finish, then the failure is thrown.
      let next = 0
      const worker = async () => {
        while (failure === null && next < active.length) {
          const p = active[next++]
          try {
            await releaseParticipation(container, p as any)
            settled.push(p.id)
          } catch (e) {
            failure ??= e
          }
        }
      }
      await Promise.all(Array.from({ length: Math.min(SETTLE_CONCURRENCY, active.length) }, worker))
    }
    if (failure !== null) throw failure
    if (!deal.settled_at) await service.updateGroupBuys({ id: deal.id, settled_at: new Date() } as any)
    return new StepResponse({ settled })
  }, 600)
})
