import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideGroupBuyOutcomeStep } from "./steps/decide-group-buy-outcome"
import { settleGroupBuyStep } from "./steps/settle-group-buy"
import { notifyGroupBuyOutcomeStep } from "./steps/notify-group-buy-outcome"

/**
 * Closes a deal — from the job (every minute, due deals and unsettled ones) and from the
 * admin's "close now" (`force`). Safe to run twice at once or again after a crash: the
 * outcome is decided once, each participation is settled once, each notification sent once.
 */
export const closeGroupBuyWorkflow = createWorkflow("close-group-buy", (input: { id: string; force?: boolean }) => {
  const outcome = decideGroupBuyOutcomeStep({ id: input.id, force: input.force })
  const settlement = settleGroupBuyStep({ id: input.id })
  notifyGroupBuyOutcomeStep({ id: input.id })
  return new WorkflowResponse({ outcome, settlement })
})
