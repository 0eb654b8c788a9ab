import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { percentFor, salePrice } from "../../../domain/great-sale/sale-price"
import type { GreatSaleDraft } from "../../../domain/great-sale/validate"

/** Cross-module reads: the prices of the products a sale covers and the price list it owns. */

export const CURRENCY = "idr"

export type VariantSalePrice = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  normal_amount: number
  sale_amount: number
  discount_percent: number
}

/** Per variant of the given products: the normal IDR price and the sale price (domain rule). */
export async function variantSalePrices(
  container: MedusaContainer,
  sale: Pick<GreatSaleDraft, "discount_percent" | "overrides">,
  productIds: string[]
): Promise<VariantSalePrice[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.prices.price_list_id",
      "variants.prices.rules_count",
    ],
    filters: { id: productIds },
  })
  const rows: VariantSalePrice[] = []
  for (const product of products as any[]) {
    const percent = percentFor(product.id, sale)
    for (const variant of product.variants ?? []) {
      const base = (variant.prices ?? []).find(
        (p: any) => p.currency_code === CURRENCY && !p.price_list_id && !p.rules_count
      )
      if (!base) continue
      const normal = Number(base.amount)
      rows.push({
        product_id: product.id,
        product_title: product.title,
        variant_id: variant.id,
        variant_title: variant.title,
        sku: variant.sku ?? null,
        normal_amount: normal,
        sale_amount: salePrice(normal, percent),
        discount_percent: percent,
      })
    }
  }
  return rows.sort((a, b) => a.product_title.localeCompare(b.product_title) || a.variant_title.localeCompare(b.variant_title))
}

/** The id of the price list linked to a sale, if any. */
export async function linkedPriceListId(container: MedusaContainer, saleId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "great_sale",
    fields: ["id", "price_list.id"],
    filters: { id: saleId },
  })
  return (data[0] as any)?.price_list?.id ?? null
}
