import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionGroupBuyStep } from "./steps/transition-group-buy"

/** Admin: draft → open. Shoppers can join from `starts_at` (at once when it has passed). */
export const publishGroupBuyWorkflow = createWorkflow("publish-group-buy", (input: { id: string }) => {
  return new WorkflowResponse(transitionGroupBuyStep({ id: input.id, event: "publish" }))
})
