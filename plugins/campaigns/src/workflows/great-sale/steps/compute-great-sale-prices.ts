import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GreatSaleDraft } from "../../../domain/great-sale/validate"
import { CURRENCY, variantSalePrices } from "../utils"

export type ComputeGreatSalePricesInput = {
  sale: Pick<GreatSaleDraft, "discount_percent" | "overrides">
  product_ids: string[]
}

/** The price-list prices for the products in scope (read only). */
export const computeGreatSalePricesStep = createStep(
  "compute-great-sale-prices",
  async ({ sale, product_ids }: ComputeGreatSalePricesInput, { container }) => {
    const rows = await variantSalePrices(container, sale, product_ids)
    return new StepResponse(
      rows.map((r) => ({ variant_id: r.variant_id, amount: r.sale_amount, currency_code: CURRENCY }))
    )
  }
)
