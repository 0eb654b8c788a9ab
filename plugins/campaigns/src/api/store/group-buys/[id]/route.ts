import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP } from "../../../../domain/group-buy/pickup"
import { dealView } from "../view"

/**
 * GET /store/group-buys/:id — any published deal (drafts are not public), plus the
 * delivery choices a participant has (pickup by default, or a courier with an address).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const group_buy = await dealView(req.scope, { id: req.params.id, status: { $ne: "draft" } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "prices.amount", "prices.currency_code", "rules.attribute", "rules.value"],
  })
  const shipping_options = options
    .filter((o: any) => (o.rules ?? []).some((r: any) => r.attribute === "enabled_in_store" && r.value === "true"))
    .filter((o: any) => !(o.rules ?? []).some((r: any) => r.attribute === "is_return" && r.value === "true"))
    .map((o: any) => ({
      id: o.id,
      name: o.name,
      amount: Number((o.prices ?? []).find((p: any) => p.currency_code === "idr")?.amount ?? 0),
      is_pickup: o.name === PICKUP.shipping_option_name,
    }))
    .sort((a, b) => Number(b.is_pickup) - Number(a.is_pickup))
  res.json({ group_buy: { ...group_buy, shipping_options } })
}
