import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GREAT_SALE_EVENTS } from "../../contract/events"
import {
  createPriceListsWorkflow,
  createRemoteLinkStep,
  deletePriceListsWorkflow,
  dismissRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import type { GreatSaleOverride } from "../../contract/great-sale"
import { computeGreatSalePricesStep } from "./steps/compute-great-sale-prices"
import { invalidateGreatSaleCacheStep } from "./steps/invalidate-great-sale-cache"
import { loadGreatSaleStep } from "./steps/load-great-sale"
import { refreshGreatSaleCartsStep } from "./steps/refresh-great-sale-carts"
import { updateGreatSaleStep } from "./steps/update-great-sale"
import { validateGreatSaleStep } from "./steps/validate-great-sale"
import { link, priceListFor } from "./utils"

export type EditGreatSaleInput = {
  id: string
  name?: string
  description?: string | null
  discount_percent?: number
  starts_at?: string | Date
  ends_at?: string | Date
  category_ids?: string[]
  product_ids?: string[]
  overrides?: GreatSaleOverride[]
}

/**
 * Edits a draft, scheduled or active sale. When it already has a price list, a new
 * one is generated and linked before the old one is unlinked and deleted: a failure
 * half-way compensates back to the old list, so the previous prices stay in force.
 */
export const editGreatSaleWorkflow = createWorkflow("edit-great-sale", (input: EditGreatSaleInput) => {
  const loaded = loadGreatSaleStep({ id: input.id, allowed: ["draft", "scheduled", "active"], action: "diubah" })
  const merged = transform({ loaded, input }, ({ loaded, input }) => {
    const { id, ...changes } = input
    const next = { ...loaded.sale, ...changes }
    return { ...next, starts_at: new Date(next.starts_at), ends_at: new Date(next.ends_at) }
  })
  const { product_ids } = validateGreatSaleStep({ draft: merged, id: input.id })
  const update = transform({ merged, input }, ({ merged, input }) => {
    const now = Date.now()
    return {
      id: input.id,
      name: merged.name,
      description: merged.description ?? null,
      discount_percent: merged.discount_percent,
      starts_at: merged.starts_at,
      ends_at: merged.ends_at,
      category_ids: merged.category_ids ?? [],
      product_ids: merged.product_ids ?? [],
      overrides: (merged.overrides ?? []) as any,
      // a boundary moved into the future is handled again when it comes
      ...(new Date(merged.starts_at).getTime() > now ? { start_handled_at: null } : {}),
      ...(new Date(merged.ends_at).getTime() > now ? { end_handled_at: null } : {}),
    }
  })
  const sale = updateGreatSaleStep(update)
  when("has-price-list", { loaded }, ({ loaded }) => !!loaded.price_list_id).then(() => {
    const prices = computeGreatSalePricesStep({ sale: merged, product_ids })
    const priceLists = createPriceListsWorkflow.runAsStep({
      input: transform({ merged, prices }, ({ merged, prices }) => priceListFor(merged, prices)),
    })
    // one price list per sale: unlink the old one first (both steps compensated)
    dismissRemoteLinkStep(transform({ loaded }, ({ loaded }) => [link(loaded.sale.id, loaded.price_list_id!)]))
    createRemoteLinkStep(transform({ input, priceLists }, ({ input, priceLists }) => [link(input.id, priceLists[0].id)]))
    deletePriceListsWorkflow.runAsStep({ input: transform({ loaded }, ({ loaded }) => ({ ids: [loaded.price_list_id!] })) })
    const touched = transform({ loaded, product_ids }, ({ loaded, product_ids }) => [
      ...new Set([...loaded.product_ids, ...product_ids]),
    ])
    invalidateGreatSaleCacheStep({ product_ids: touched })
    refreshGreatSaleCartsStep({ product_ids: touched })
    emitEventStep({
      eventName: GREAT_SALE_EVENTS.PRICES_CHANGED,
      data: transform({ input, touched }, ({ input, touched }) => ({ id: input.id, product_ids: touched })),
    })
  })
  return new WorkflowResponse(sale)
})
