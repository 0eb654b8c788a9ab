import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GreatSaleDraft } from "../../../domain/great-sale/validate"
import { greatSaleService } from "../utils"

export type CreateGreatSaleStepInput = GreatSaleDraft & { description?: string | null }

/** Saves the draft; compensation deletes it. */
export const createGreatSaleStep = createStep(
  "create-great-sale",
  async (input: CreateGreatSaleStepInput, { container }) => {
    const sale = await greatSaleService(container).createGreatSales({
      name: input.name,
      description: input.description ?? null,
      discount_percent: input.discount_percent,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      category_ids: input.category_ids ?? [],
      product_ids: input.product_ids ?? [],
      overrides: (input.overrides ?? []) as any,
    })
    return new StepResponse(sale, sale.id)
  },
  async (id, { container }) => {
    if (id) await greatSaleService(container).deleteGreatSales(id)
  }
)
