import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repriceCart } from "../../../workflows/great-sale/steps/refresh-great-sale-carts"

/**
 * The price a shopper pays is the price in force when the order is placed: Medusa
 * prices a line when it is added, and nothing reprices a cart when a sale price list
 * starts or ends. Before completing, the cart is repriced (custom-priced lines, e.g.
 * Borong Bareng, keep their price). A cart that cannot be repriced is left for
 * Medusa's own completion checks to answer.
 */
export async function repriceCartBeforeComplete(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await repriceCart(req.scope, req.params.id)
  } catch (e: any) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[great-sale] cart ${req.params.id} not repriced before completion: ${e?.message}`)
  }
  next()
}
