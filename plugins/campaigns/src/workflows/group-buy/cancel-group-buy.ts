import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionGroupBuyStep } from "./steps/transition-group-buy"
import { settleGroupBuyStep } from "./steps/settle-group-buy"
import { notifyGroupBuyOutcomeStep } from "./steps/notify-group-buy-outcome"

/** Admin: cancels a draft or open deal; every participation is released (orders cancelled). */
export const cancelGroupBuyWorkflow = createWorkflow("cancel-group-buy", (input: { id: string }) => {
  const deal = transitionGroupBuyStep({ id: input.id, event: "cancel" })
  settleGroupBuyStep({ id: input.id })
  notifyGroupBuyOutcomeStep({ id: input.id })
  return new WorkflowResponse(deal)
})
