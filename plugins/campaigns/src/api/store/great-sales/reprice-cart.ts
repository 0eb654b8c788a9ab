import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repriceCart, repricingDone } from "../../../workflows/great-sale"
import { greatSaleService } from "../../../workflows/great-sale/utils"

/**
 * The price a shopper pays is the price in force when the order is placed: Medusa
 * prices a line when it is added, and nothing reprices a cart when a sale price list
 * starts or ends. Before completing, a cart whose lines were priced before a sale
 * started, ended or changed is repriced (custom-priced lines, e.g. Borong Bareng, keep
 * their price). The boundary job does the same for every open cart within seconds;
 * this closes the gap in between. A cart that cannot be repriced is left for
 * Medusa's own completion checks to answer.
 */
export async function repriceCartBeforeComplete(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await repricingDone(req.params.id)
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "items.updated_at"], filters: { id: req.params.id } })
    const pricedAt = ((data[0] as any)?.items ?? []).map((i: any) => new Date(i.updated_at).getTime())
    if (pricedAt.length && (await greatSaleService(req.scope).pricesChangedSince(new Date(Math.min(...pricedAt))))) {
      await repriceCart(req.scope, req.params.id)
    }
  } catch (e: any) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[great-sale] cart ${req.params.id} not repriced before completion: ${e?.message}`)
  }
  next()
}
