import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repriceCart } from "../reprice-cart"

/**
 * Open carts holding any of the products get repriced. Repricing sets a cart to the
 * truth of the moment, so there is nothing to undo: no compensation. One cart failing
 * (e.g. locked by a concurrent checkout) is logged and does not stop the others.
 *
 * Each cart runs the repricing workflow (reprice-cart.ts) with `.run()` rather than
 * as a step: the number of carts is known only at run time and a workflow cannot
 * compose a variable number of sub-workflows; each cart's chain stays one workflow
 * with its own compensation, and one cart failing must not undo the others.
 */
export const refreshGreatSaleCartsStep = createStep(
  "refresh-great-sale-carts",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    if (!product_ids.length) return new StepResponse([] as string[])
    const cartModule = container.resolve(Modules.CART)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const items = await cartModule.listLineItems({ product_id: product_ids }, { select: ["id", "cart_id"], take: null })
    const cartIds = [...new Set(items.map((i) => i.cart_id))]
    if (!cartIds.length) return new StepResponse([] as string[])
    const open = await cartModule.listCarts({ id: cartIds, completed_at: null } as any, { select: ["id"], take: null })
    const refreshed: string[] = []
    for (const cart of open) {
      try {
        await repriceCart(container, cart.id)
        refreshed.push(cart.id)
      } catch (e: any) {
        logger.warn(`[great-sale] cart ${cart.id} not repriced: ${e?.message}`)
      }
    }
    return new StepResponse(refreshed)
  }
)
