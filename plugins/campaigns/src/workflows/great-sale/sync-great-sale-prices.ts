import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GREAT_SALE_EVENTS } from "../../contract/events"
import { batchPriceListPricesWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { computeGreatSalePricesStep } from "./steps/compute-great-sale-prices"
import { diffGreatSalePricesStep } from "./steps/diff-great-sale-prices"
import { invalidateGreatSaleCacheStep } from "./steps/invalidate-great-sale-cache"
import { loadGreatSaleStep } from "./steps/load-great-sale"
import { refreshGreatSaleCartsStep } from "./steps/refresh-great-sale-carts"

/**
 * Live scope: brings a scheduled/active sale's price list in line with the catalogue
 * now (a product created in or moved into a category in scope gets its sale price, one
 * that left loses it, a changed normal price gets a recomputed sale price). Medusa's
 * batch price-list workflow does the writes (each compensated).
 */
export const syncGreatSalePricesWorkflow = createWorkflow("sync-great-sale-prices", (input: { id: string }) => {
  const loaded = loadGreatSaleStep({ id: input.id, allowed: ["scheduled", "active"], action: "disinkronkan" })
  const wanted = computeGreatSalePricesStep({
    sale: transform({ loaded }, ({ loaded }) => loaded.sale),
    product_ids: loaded.product_ids,
  })
  const diff = diffGreatSalePricesStep({ price_list_id: transform({ loaded }, ({ loaded }) => loaded.price_list_id!), wanted })
  when("prices-differ", { diff, loaded }, ({ diff, loaded }) => diff.changed && !!loaded.price_list_id).then(() => {
    batchPriceListPricesWorkflow.runAsStep({
      input: transform({ diff, loaded }, ({ diff, loaded }) => ({
        data: { id: loaded.price_list_id!, create: diff.create, update: diff.update, delete: diff.delete },
      })),
    })
    const touched = transform({ diff, loaded, wanted }, ({ diff, loaded }) => {
      // product ids of the changed variants: from the scope (the sale knows them)
      return [...new Set([...loaded.product_ids, ...diff.removed_product_ids])]
    })
    invalidateGreatSaleCacheStep({ product_ids: touched })
    refreshGreatSaleCartsStep({ product_ids: touched })
    emitEventStep({
      eventName: GREAT_SALE_EVENTS.PRICES_CHANGED,
      data: transform({ input, touched }, ({ input, touched }) => ({ id: input.id, product_ids: touched })),
    })
  })
  return new WorkflowResponse(diff)
})
