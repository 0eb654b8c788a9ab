import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertNoOverlap } from "../../../domain/great-sale/overlap"
import { assertBatikScope, assertPercentages, assertWindow, type GreatSaleDraft } from "../../../domain/great-sale/validate"
import { batikCatalogue, liveSaleWindows, scopeProductIds } from "../utils"

export type ValidateGreatSaleInput = { draft: GreatSaleDraft; id?: string }

/**
 * Every rule of a great sale, before anything is written: whole 10–30 percentages,
 * a window that ends after it starts and not in the past, batik-only scope, no
 * overlap with another scheduled/active sale on a shared product. Read only.
 * Returns the products in scope now.
 */
export const validateGreatSaleStep = createStep(
  "validate-great-sale",
  async ({ draft, id }: ValidateGreatSaleInput, { container }) => {
    assertPercentages(draft)
    assertWindow(draft)
    const catalogue = await batikCatalogue(container, draft)
    assertBatikScope(draft, catalogue)
    const product_ids = await scopeProductIds(container, draft)
    const live = await liveSaleWindows(container)
    const titles = new Map([...catalogue.products].map(([pid, p]) => [pid, p.title]))
    assertNoOverlap({ id, starts_at: draft.starts_at, ends_at: draft.ends_at, product_ids }, live, (pid) => titles.get(pid) ?? pid)
    return new StepResponse({ product_ids })
  }
)
