import type { MedusaContainer } from "@medusajs/framework/types"
import { discountRange } from "../../../domain/great-sale/sale-price"
import { linkedPriceListId, retrieveGreatSale, statusOf, type GreatSaleRecord } from "../../../workflows/great-sale/catalogue"

/** A sale as the API shows it: stored fields + derived status + discount range. */
export function serializeGreatSale(sale: GreatSaleRecord, extra: Record<string, unknown> = {}) {
  return {
    id: sale.id,
    name: sale.name,
    description: sale.description,
    discount_percent: sale.discount_percent,
    discount_range: discountRange(sale),
    starts_at: sale.starts_at,
    ends_at: sale.ends_at,
    category_ids: sale.category_ids ?? [],
    product_ids: sale.product_ids ?? [],
    overrides: sale.overrides ?? [],
    status: statusOf(sale),
    activated_at: sale.activated_at,
    cancelled_at: sale.cancelled_at,
    ...extra,
  }
}

export async function greatSaleResponse(container: MedusaContainer, id: string) {
  const sale = await retrieveGreatSale(container, id)
  return { great_sale: serializeGreatSale(sale, { price_list_id: await linkedPriceListId(container, id) }) }
}
