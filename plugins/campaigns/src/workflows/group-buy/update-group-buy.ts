import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantFactsStep } from "./steps/load-variant-facts"
import { updateGroupBuyStep } from "./steps/update-group-buy"
import type { GroupBuyInput } from "./steps/create-group-buy"

/** Admin: edits a draft deal (re-validated as a whole). */
export const updateGroupBuyWorkflow = createWorkflow(
  "update-group-buy",
  (input: { id: string; variant_id: string; changes: Partial<GroupBuyInput> }) => {
    const facts = loadVariantFactsStep({ variant_id: input.variant_id })
    const changes = transform({ input }, ({ input }) => input.changes)
    return new WorkflowResponse(updateGroupBuyStep({ id: input.id, changes, facts }))
  }
)
