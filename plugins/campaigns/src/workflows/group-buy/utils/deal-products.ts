import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { GroupBuy } from "../../../contract/group-buy"

export type DealProduct = NonNullable<GroupBuy["product"]>

/** The products of deals, as the deal views show them (Product Module, through Query). */
export async function dealProducts(container: MedusaContainer, productIds: string[]): Promise<DealProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail"],
    filters: { id: [...new Set(productIds)] },
  })
  return data as DealProduct[]
}
