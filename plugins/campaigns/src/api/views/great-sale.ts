import type { MedusaContainer } from "@medusajs/framework/types"
import type {
  AdminGreatSale,
  AdminGreatSalePreviewResponse,
  AdminGreatSaleReport,
  AdminGreatSaleResponse,
  StoreActiveGreatSale,
} from "../../contract/great-sale"
import { discountRange, percentFor } from "../../domain/great-sale/sale-price"
import { greatSaleStatus } from "../../domain/great-sale/status"
import type { GreatSaleRecord } from "../../modules/great-sale"
import { CURRENCY, greatSaleService, linkedPriceListId, type VariantSalePrice } from "../../workflows/great-sale/utils"

/**
 * The Great Sale as its HTTP API shows it, admin and store: the one place the
 * response shapes are built, typed with the published contract (contract/great-sale.ts).
 * Dates go out as ISO strings, as JSON would write them anyway.
 */

const iso = (date: Date | string) => new Date(date).toISOString()
const isoOrNull = (date: Date | string | null | undefined) => (date ? iso(date) : null)

/** A sale as the admin sees it: stored fields + derived status + discount range. */
export function adminGreatSale(sale: GreatSaleRecord, now = new Date()): AdminGreatSale {
  return {
    id: sale.id,
    name: sale.name,
    description: sale.description,
    discount_percent: sale.discount_percent,
    discount_range: discountRange(sale),
    starts_at: iso(sale.starts_at),
    ends_at: iso(sale.ends_at),
    category_ids: sale.category_ids ?? [],
    product_ids: sale.product_ids ?? [],
    overrides: sale.overrides ?? [],
    status: greatSaleStatus(sale, now),
    activated_at: isoOrNull(sale.activated_at),
    cancelled_at: isoOrNull(sale.cancelled_at),
  }
}

/** One sale with its price list: the answer of the admin detail and of every admin write. */
export async function adminGreatSaleResponse(container: MedusaContainer, id: string): Promise<AdminGreatSaleResponse> {
  const sale = await greatSaleService(container).getSale(id)
  return { great_sale: { ...adminGreatSale(sale), price_list_id: await linkedPriceListId(container, id) } }
}

/** Per variant: product, variant, normal price, sale price, discount. */
export function adminGreatSalePreview(rows: VariantSalePrice[]): AdminGreatSalePreviewResponse {
  return {
    currency_code: CURRENCY,
    variants: rows.map((r) => ({
      product_id: r.product_id,
      product_title: r.product_title,
      variant_id: r.variant_id,
      variant_title: r.variant_title,
      sku: r.sku,
      normal_price: r.normal_amount,
      sale_price: r.sale_amount,
      discount_percent: r.discount_percent,
      discount_amount: r.normal_amount - r.sale_amount,
    })),
    count: rows.length,
  }
}

/** The sale's report figures. */
export function adminGreatSaleReport(
  sale: Pick<GreatSaleRecord, "id">,
  figures: Pick<AdminGreatSaleReport, "orders" | "units_sold" | "revenue" | "total_discount">
): AdminGreatSaleReport {
  return { great_sale_id: sale.id, currency_code: CURRENCY, ...figures }
}

/** A running sale as shoppers see it, with the published products it covers. */
export function storeActiveGreatSale(sale: GreatSaleRecord, product_ids: string[]): StoreActiveGreatSale {
  return {
    id: sale.id,
    name: sale.name,
    description: sale.description,
    starts_at: iso(sale.starts_at),
    ends_at: iso(sale.ends_at),
    discount_range: discountRange(sale),
    product_ids,
    // the advertised percentage per product (badges "-20%"): the sale's or its override
    product_discounts: product_ids.map((product_id) => ({ product_id, discount_percent: percentFor(product_id, sale) })),
  }
}
