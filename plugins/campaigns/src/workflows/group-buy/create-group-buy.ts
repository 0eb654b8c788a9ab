import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantFactsStep } from "./steps/load-variant-facts"
import { createGroupBuyStep, type GroupBuyInput } from "./steps/create-group-buy"

/** Admin: a new deal as a draft, validated against the variant's normal price and stock. */
export const createGroupBuyWorkflow = createWorkflow("create-group-buy", (input: GroupBuyInput) => {
  const facts = loadVariantFactsStep({ variant_id: input.variant_id })
  return new WorkflowResponse(createGroupBuyStep({ deal: input, facts }))
})
