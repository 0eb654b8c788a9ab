import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createGreatSaleStep, type CreateGreatSaleStepInput } from "./steps/create-great-sale"
import { validateGreatSaleStep } from "./steps/validate-great-sale"

export type CreateGreatSaleInput = CreateGreatSaleStepInput

/** A new sale, saved as a draft once every rule holds (nothing saved otherwise). */
export const createGreatSaleWorkflow = createWorkflow("create-great-sale", (input: CreateGreatSaleInput) => {
  validateGreatSaleStep({ draft: input })
  const sale = createGreatSaleStep(input)
  return new WorkflowResponse(sale)
})
