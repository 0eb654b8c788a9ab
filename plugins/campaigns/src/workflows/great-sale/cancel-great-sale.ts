import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GREAT_SALE_EVENTS } from "../../contract/events"
import { deletePriceListsWorkflow, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { invalidateGreatSaleCacheStep } from "./steps/invalidate-great-sale-cache"
import { loadGreatSaleStep } from "./steps/load-great-sale"
import { refreshGreatSaleCartsStep } from "./steps/refresh-great-sale-carts"
import { updateGreatSaleStep } from "./steps/update-great-sale"
import { link } from "./utils"

/**
 * Cancels a draft, scheduled or active sale: its price list is deleted (soft, so
 * the compensation restores it) and unlinked; normal prices are back at once
 * (cache dropped, open carts repriced). An active sale announces great_sale.ended.
 */
export const cancelGreatSaleWorkflow = createWorkflow("cancel-great-sale", (input: { id: string }) => {
  const loaded = loadGreatSaleStep({ id: input.id, allowed: ["draft", "scheduled", "active"], action: "dibatalkan" })
  when("has-price-list", { loaded }, ({ loaded }) => !!loaded.price_list_id).then(() => {
    dismissRemoteLinkStep(transform({ loaded }, ({ loaded }) => [link(loaded.sale.id, loaded.price_list_id!)]))
    deletePriceListsWorkflow.runAsStep({ input: transform({ loaded }, ({ loaded }) => ({ ids: [loaded.price_list_id!] })) })
  })
  const sale = updateGreatSaleStep(transform({ input }, ({ input }) => ({ id: input.id, cancelled_at: new Date() })))
  invalidateGreatSaleCacheStep({ product_ids: loaded.product_ids })
  when("was-active", { loaded }, ({ loaded }) => loaded.status === "active").then(() => {
    refreshGreatSaleCartsStep({ product_ids: loaded.product_ids })
    emitEventStep({
      eventName: GREAT_SALE_EVENTS.ENDED,
      data: transform({ loaded }, ({ loaded }) => ({ id: loaded.sale.id, product_ids: loaded.product_ids })),
    })
  })
  return new WorkflowResponse(sale)
})
