import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { GroupBuyShippingOption } from "../../../contract/group-buy"
import { PICKUP } from "../../../domain/group-buy/pickup"

/**
 * The delivery choices a participant has (Fulfillment Module, through Query): the store's
 * shipping options that are not returns, with their Rupiah price, pickup first.
 */
export async function dealShippingOptions(container: MedusaContainer): Promise<GroupBuyShippingOption[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "prices.amount", "prices.currency_code", "rules.attribute", "rules.value"],
  })
  return options
    .filter((o: any) => (o.rules ?? []).some((r: any) => r.attribute === "enabled_in_store" && r.value === "true"))
    .filter((o: any) => !(o.rules ?? []).some((r: any) => r.attribute === "is_return" && r.value === "true"))
    .map((o: any) => ({
      id: o.id,
      name: o.name,
      amount: Number((o.prices ?? []).find((p: any) => p.currency_code === "idr")?.amount ?? 0),
      is_pickup: o.name === PICKUP.shipping_option_name,
    }))
    .sort((a, b) => Number(b.is_pickup) - Number(a.is_pickup))
}
