import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The Caching Module invalidates on change events, but a sale price list starting,
 * ending or changing emits nothing the product cache listens to: drop every cached
 * product list and the cached entries of the products concerned. Idempotent (a
 * cache clear has nothing to undo), so no compensation.
 */
export const invalidateGreatSaleCacheStep = createStep(
  "invalidate-great-sale-cache",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    if (!container.hasRegistration(Modules.CACHING)) return new StepResponse(false)
    const caching = container.resolve<ICachingModuleService>(Modules.CACHING)
    const tags = ["Product:list:*", "ProductVariant:list:*", ...product_ids.map((id) => `Product:${id}`)]
    await caching.clear({ tags })
    return new StepResponse(true)
  }
)
