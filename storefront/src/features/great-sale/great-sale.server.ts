/**
 * Great Sale reads for pages. Server only. The running sales are cached 5 s (same for
 * every visitor), so a sale's start or end shows within the 10 s the campaign promises.
 */
import type { HttpTypes } from "@medusajs/types"
import { listProductsPage } from "~/features/catalog/catalog.server"
import { paginate, type Pagination, type SortKey } from "~/features/catalog/catalog"
import { discountsByProduct, type ActiveGreatSale } from "./great-sale"
import { backendFetch, memo } from "~/lib/medusa.server"

export const getActiveGreatSales = memo(async (): Promise<ActiveGreatSale[]> => {
  const { great_sales } = await backendFetch<{ great_sales: ActiveGreatSale[] }>("/store/great-sales/active")
  return great_sales
}, 5_000)

/** product id → advertised percentage; empty (no badges) if the campaign API fails. */
export async function getGreatSaleDiscounts(): Promise<Map<string, number>> {
  try {
    return discountsByProduct(await getActiveGreatSales())
  } catch (err) {
    console.error("[great-sale]", err)
    return new Map()
  }
}

/** One page of the products of the running sales. */
export async function listGreatSaleProducts(
  sales: ActiveGreatSale[],
  sort: SortKey,
  page: number,
): Promise<{ products: HttpTypes.StoreProduct[]; pagination: Pagination }> {
  const ids = [...new Set(sales.flatMap((s) => s.product_ids))]
  if (!ids.length) return { products: [], pagination: paginate(0, 1) }
  return listProductsPage({ id: ids }, sort, page)
}
