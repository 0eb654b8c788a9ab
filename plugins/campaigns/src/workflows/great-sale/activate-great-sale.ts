import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceListsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { computeGreatSalePricesStep } from "./steps/compute-great-sale-prices"
import { invalidateGreatSaleCacheStep } from "./steps/invalidate-great-sale-cache"
import { loadGreatSaleStep } from "./steps/load-great-sale"
import { updateGreatSaleStep } from "./steps/update-great-sale"
import { validateGreatSaleStep } from "./steps/validate-great-sale"
import { link, priceListFor } from "./utils"

/**
 * draft → scheduled/active: re-checks every rule, generates the sale price list
 * (type sale, the sale's window), links it, records the activation. Each write is
 * compensated (price list deleted, link dismissed, activation undone).
 */
export const activateGreatSaleWorkflow = createWorkflow("activate-great-sale", (input: { id: string }) => {
  const loaded = loadGreatSaleStep({ id: input.id, allowed: ["draft"], action: "diaktifkan" })
  const draft = transform({ loaded }, ({ loaded }) => loaded.sale)
  const { product_ids } = validateGreatSaleStep({ draft, id: input.id })
  const prices = computeGreatSalePricesStep({ sale: draft, product_ids })
  const priceLists = createPriceListsWorkflow.runAsStep({
    input: transform({ draft, prices }, ({ draft, prices }) => priceListFor(draft, prices)),
  })
  createRemoteLinkStep(transform({ input, priceLists }, ({ input, priceLists }) => [link(input.id, priceLists[0].id)]))
  const sale = updateGreatSaleStep(transform({ input }, ({ input }) => ({ id: input.id, activated_at: new Date() })))
  invalidateGreatSaleCacheStep({ product_ids })
  return new WorkflowResponse(sale)
})
